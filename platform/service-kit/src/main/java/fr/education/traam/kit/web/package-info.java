/**
 * RFC 9457 problem details for every error a service answers, with stable type URIs and no stack traces; conditional
 * requests: {@code If-Match} read as an expected version, {@code ETag}s of versions, and their documentation.
 */
package fr.education.traam.kit.web;
