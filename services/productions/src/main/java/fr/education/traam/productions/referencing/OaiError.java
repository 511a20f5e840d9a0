package fr.education.traam.productions.referencing;

/** One error of a protocol request: its code and what a person reads. */
public record OaiError(OaiErrorCode code, String message) {

    /** After these two, the response's request element names only the base URL (specification, section 3.2). */
    public boolean hidesArguments() {
        return code == OaiErrorCode.badVerb || code == OaiErrorCode.badArgument;
    }
}
