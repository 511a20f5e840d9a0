/** Defence in depth: the gateway rejects bad bearer tokens early but leaves authorisation to the services. */
package fr.education.traam.gateway.security;
