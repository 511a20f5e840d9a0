package fr.education.traam.candidatures.candidature.web;

/** Request bodies as a DAN's web client would send them. */
public final class CandidatureJson {

    static final String THIRD_TEACHER = "{\"name\":\"Marc Petit\",\"email\":\"marc.petit@ac-lyon.fr\"}";
    private static final String[] TEACHERS = {"{\"name\":\"Paul Martin\",\"email\":\"paul.martin@ac-lyon.fr\"}",
            "{\"name\":\"Inès Benali\",\"email\":\"ines.benali@ac-lyon.fr\"}", THIRD_TEACHER};

    private CandidatureJson() {
    }

    public static String submission(String campaignId, String themeId) {
        return """
                {"campaignId":"%s","themeId":"%s",%s}""".formatted(campaignId, themeId, proposal("Écrire avec l'IA au collège"));
    }

    /** The kind, project and team of a candidature: the body of a revision. */
    static String proposal(String title) {
        return """
                "projects":[{"title":"%s","summary":"Les élèves comparent leurs textes à ceux d'une IA et les révisent.",
                           "disciplines":["Lettres"],"schoolLevels":["SECOND_DEGRE"],"crcnCompetences":["2.3","3.1"]}],
                "team":{"inspector":{"name":"Hélène Robert","email":"helene.robert@ac-lyon.fr","corps":"IA_IPR"},
                        "teachers":[%s],
                        "referent":{"name":"Sophie Durand","email":"sophie.durand@ac-lyon.fr"},
                        "cardie":{"name":"Luc Moreau","email":"luc.moreau@ac-lyon.fr"}}""".formatted(title, String.join(",", TEACHERS));
    }

    static String revision(String title) {
        return "{" + proposal(title) + "}";
    }
}
