package fr.education.traam.productions.referencing;

import java.util.List;

/** A request that is none: a badVerb, or every badArgument found. */
public record RefusedRequest(List<OaiError> errors) implements ParsedRequest {

    public RefusedRequest {
        errors = List.copyOf(errors);
    }
}
