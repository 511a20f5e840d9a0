package fr.education.traam.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail's id: the same for one event, kind and recipient on every delivery; another for another kind. */
class MailIdTest {

    @Test
    void one_event_causes_one_mail_of_each_kind_for_each_recipient() {
        String id = Mails.idOf("event-1", "production-moved", "lea@education.gouv.fr");

        assertThat(Mails.idOf("event-1", "production-moved", "lea@education.gouv.fr")).isEqualTo(id);
        assertThat(Mails.idOf("event-1", "synthesis-published", "lea@education.gouv.fr")).isNotEqualTo(id);
        assertThat(Mails.idOf("event-1", "production-moved", "paul@ac-lyon.fr")).isNotEqualTo(id);
        assertThat(Mails.idOf("event-2", "production-moved", "lea@education.gouv.fr")).isNotEqualTo(id);
    }
}
