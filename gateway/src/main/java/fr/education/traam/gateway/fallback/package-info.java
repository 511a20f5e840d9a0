/** What a client gets when a service's circuit breaker opens, times out or cannot reach the service. */
package fr.education.traam.gateway.fallback;
