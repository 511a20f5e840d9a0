/** Per-client rate limiting with an in-memory token bucket, since the gateway has no shared store such as Redis. */
package fr.education.traam.gateway.ratelimit;
