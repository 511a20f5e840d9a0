package fr.education.traam.productions.referencing;

/**
 * The protocol's error codes (OAI-PMH 2.0, section 3.6), each answered in XML with HTTP 200 (ADR 28). Two cannot
 * happen here: {@code noMetadataFormats} (every record is offered in every format) and {@code noSetHierarchy} (the
 * repository has sets).
 */
public enum OaiErrorCode {
    badArgument,
    badResumptionToken,
    badVerb,
    cannotDisseminateFormat,
    idDoesNotExist,
    noRecordsMatch,
    noMetadataFormats,
    noSetHierarchy
}
