package fr.education.traam.groups.person;

import fr.education.traam.kit.domain.Refused;

import java.util.UUID;

/** A person's opaque id, the member id of every group they sit in and of the events about them. */
public record PersonId(String value) {

    public PersonId {
        if (value == null || value.isBlank()) {
            throw Refused.invalid("memberId", "a member id is required");
        }
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
