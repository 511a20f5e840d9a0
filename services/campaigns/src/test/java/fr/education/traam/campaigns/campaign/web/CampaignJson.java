package fr.education.traam.campaigns.campaign.web;

/** Request bodies as a web client would send them. */
final class CampaignJson {

    private CampaignJson() {
    }

    static String withTwoThemes(String schoolYear) {
        return """
                {"schoolYear":"%s","title":"TraAM 2027-2028",
                 "calendar":{"callOpening":"2027-03-15","academicSelectionDeadline":"2027-05-14","nationalSelection":"2027-06-18",
                             "launch":"2027-09-01","yearTwoStart":"2028-09-01","closing":"2029-07-06"},
                 "themes":[%s,%s]}
                """.formatted(schoolYear,
                theme("IA et écriture", "INTERDISCIPLINARY", "[\"Lettres\",\"Philosophie\"]", 6).replace("\"capacity\":6,", ""),
                theme("Données en mathématiques", "DISCIPLINARY", "[\"Mathématiques\"]", 6));
    }

    static String theme(String title, String kind, String disciplines, int capacity) {
        return """
                {"title":"%s","description":"Un thème de l'appel","kind":"%s","disciplines":%s,"capacity":%d,
                 "experts":[{"id":"expert-lettres","name":"Claire Martin"}]}""".formatted(title, kind, disciplines, capacity);
    }
}
