package fr.education.traam.mail;

/** Where a stored mail stands: waiting for (another) attempt, handed to the SMTP server, or given up on. */
public enum MailStatus {
    PENDING,
    SENT,
    DEAD
}
