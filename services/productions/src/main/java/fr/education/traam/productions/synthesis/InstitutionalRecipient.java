package fr.education.traam.productions.synthesis;

import java.util.Locale;
import java.util.Objects;

/**
 * An institution a theme synthesis is addressed to, as the deployment names it: an acronym ({@code IGESR}), its name
 * in full, and the address its mail goes to (a functional mailbox, not a person's).
 */
public record InstitutionalRecipient(String organisation, String name, String address) {

    public InstitutionalRecipient {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(address, "address");
        if (organisation.isBlank() || address.isBlank() || !address.contains("@")) {
            throw new IllegalArgumentException("an institutional recipient needs an organisation and an address, not "
                    + organisation + " <" + address + ">");
        }
        name = name == null || name.isBlank() ? organisation : name.strip();
        address = address.strip().toLowerCase(Locale.ROOT);
    }
}
