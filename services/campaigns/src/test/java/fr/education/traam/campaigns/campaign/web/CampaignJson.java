package fr.education.traam.campaigns.campaign.web;

import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies as a web client would send them. */
final class CampaignJson {

    private CampaignJson() {
    }

    /** Each drafted campaign takes a school year of its own: the platform keeps one campaign per school year. */
    private static final AtomicInteger NEXT_SCHOOL_YEAR = new AtomicInteger(2100);

    static String freshSchoolYear() {
        int start = NEXT_SCHOOL_YEAR.getAndIncrement();
        return start + "-" + (start + 1);
    }

    /** A campaign with two themes, for a school year no other test has taken. */
    static String withTwoThemes() {
        return withTwoThemes(freshSchoolYear());
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
