/**
 * The end-to-end journey: the real platform, started by the launcher from the jars the build made, driven through
 * the gateway only, as the DNE's experts, the académies' DANs and the ÉduNum editors use it.
 */
package fr.education.traam.journey;
