package fr.education.traam.journey;

/**
 * An académie of the journey.
 *
 * @param code   ministry code, the {@code academy} claim of its DAN's token
 * @param name   its name, for messages
 * @param domain the domain of its staff's professional addresses
 */
record Academy(String code, String name, String domain) {

    static final Academy LYON = new Academy("10", "Lyon", "ac-lyon.fr");
    static final Academy GRENOBLE = new Academy("08", "Grenoble", "ac-grenoble.fr");
    static final Academy RENNES = new Academy("14", "Rennes", "ac-rennes.fr");
    static final Academy LILLE = new Academy("09", "Lille", "ac-lille.fr");
    static final Academy NANTES = new Academy("17", "Nantes", "ac-nantes.fr");
    static final Academy TOULOUSE = new Academy("16", "Toulouse", "ac-toulouse.fr");
    static final Academy BORDEAUX = new Academy("04", "Bordeaux", "ac-bordeaux.fr");
    static final Academy VERSAILLES = new Academy("25", "Versailles", "ac-versailles.fr");

    /** A professional address at this académie. */
    String address(String localPart) {
        return localPart + "@" + domain;
    }
}
