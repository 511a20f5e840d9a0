package fr.education.traam.contract.campaigns;

/** Whether a theme belongs to one discipline, crosses several, or stands above them. */
public enum ThemeKind {
    DISCIPLINARY,
    INTERDISCIPLINARY,
    TRANSDISCIPLINARY
}
