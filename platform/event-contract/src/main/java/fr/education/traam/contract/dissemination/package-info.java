/** Events the dissemination service publishes on {@code traam.dissemination}: ÉduNum editions published. */
package fr.education.traam.contract.dissemination;
