package fr.education.traam.productions.referencing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The six requests, with the arguments each requires and allows besides {@code verb} (specification, section 4). */
public enum OaiVerb {
    Identify(Set.of(), Set.of()),
    ListMetadataFormats(Set.of(), Set.of("identifier")),
    ListSets(Set.of(), Set.of("resumptionToken")),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of()),
    ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken")),
    ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken"));

    private final Set<String> required;
    private final Set<String> optional;

    OaiVerb(Set<String> required, Set<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public Set<String> required() {
        return required;
    }

    public boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument);
    }

    public static Optional<OaiVerb> named(String name) {
        return Arrays.stream(values()).filter(verb -> verb.name().equals(name)).findFirst();
    }
}
