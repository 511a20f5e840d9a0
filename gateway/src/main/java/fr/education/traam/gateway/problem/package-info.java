/** RFC 9457 problem details written by the gateway itself, so no error ever leaves it as a stack trace or default error JSON. */
package fr.education.traam.gateway.problem;
