package fr.education.traam.web.security;

/** Whoever is reading the page: a logged-in person, or someone anonymous (the public pages need no login). */
public record Visitor(Person person) {

    public static final Visitor ANONYMOUS = new Visitor(null);

    public boolean loggedIn() {
        return person != null;
    }
}
