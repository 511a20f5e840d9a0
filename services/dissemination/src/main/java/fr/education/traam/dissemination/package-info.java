/** The dissemination service: news of the platform gathered into ÉduNum editions, published by editors and read through public feeds. */
package fr.education.traam.dissemination;
