package fr.education.traam.productions.referencing;

/** What parsing a protocol request gives: the request, or its errors. */
public sealed interface ParsedRequest permits OaiRequest, RefusedRequest {
}
