package fr.education.traam.productions.referencing;

import java.util.Optional;

/** {@code oai:<repository-identifier>:<productionId>}: the OAI identifier scheme (the protocol's guidelines). */
public record OaiIdentifiers(String repositoryIdentifier) {

    public OaiIdentifiers {
        if (repositoryIdentifier == null || !repositoryIdentifier.matches("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+")) {
            throw new IllegalArgumentException("a repository identifier is a domain name, e.g. traam.education.fr: " + repositoryIdentifier);
        }
    }

    public String of(String productionId) {
        return "oai:" + repositoryIdentifier + ":" + productionId;
    }

    /** The production an identifier names; empty when it is not one of this repository's. */
    public Optional<String> productionOf(String identifier) {
        String prefix = "oai:" + repositoryIdentifier + ":";
        if (identifier == null || !identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(identifier.substring(prefix.length()));
    }
}
