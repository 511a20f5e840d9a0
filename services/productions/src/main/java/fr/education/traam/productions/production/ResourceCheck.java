package fr.education.traam.productions.production;

/**
 * What the authors checked of a digital resource or service their production uses, known by its address: its terms of
 * use (CGU) and its legal notices, against the GDPR as the national education applies it. Whether pupils must create an
 * account, and the processing that then covers their data, is said with the resource itself (the content's
 * {@code DigitalResource}).
 */
public record ResourceCheck(String url, boolean termsOfUseChecked, boolean legalNoticesChecked) {
}
