/** RFC 9457 problem details for every error a service answers, with stable type URIs and no stack traces. */
package fr.education.traam.kit.web;
