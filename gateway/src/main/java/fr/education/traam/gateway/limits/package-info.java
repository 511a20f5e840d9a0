/** How much a client may send through the gateway: bodies are counted as they stream and refused at the limit. */
package fr.education.traam.gateway.limits;
