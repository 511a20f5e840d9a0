package fr.education.traam.mail;

import fr.education.traam.kit.domain.Refusal;

/** Why an operator's request on a mail is refused. */
public enum MailRefusal implements Refusal {
    /** No mail of this service has this id (or its record was purged). */
    MAIL_NOT_FOUND,
    /** Only a DEAD mail is sent again: a pending one is on its way, a sent one arrived. */
    MAIL_NOT_DEAD
}
