package fr.education.traam.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures end a mail at once. A server's refusal of the recipient cannot be had from GreenMail, which accepts
 * every address, so it is built here as Angus Mail and Spring wrap it: the {@code SMTPAddressFailedException} of the
 * recipient, chained to the {@code SendFailedException} of the message, kept by Spring's {@code MailSendException}.
 */
class MailRelayTest {

    @Test
    void a_permanent_refusal_of_the_recipient_is_for_good_and_a_temporary_one_is_not() throws Exception {
        assertThat(MailRelay.refusedForGood(refusal(550, "550 5.1.1 <dan@ac-lyon.fr>: Recipient address rejected"))).isTrue();
        assertThat(MailRelay.refusedForGood(refusal(450, "450 4.2.0 <dan@ac-lyon.fr>: Mailbox busy"))).isFalse();
    }

    @Test
    void a_server_that_cannot_be_reached_is_tried_again() {
        MessagingException down = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 3025",
                new ConnectException("Connection refused"));
        assertThat(MailRelay.refusedForGood(new MailSendException("Mail server connection failed", down))).isFalse();
    }

    private static MailSendException refusal(int code, String reply) throws Exception {
        InternetAddress address = new InternetAddress("dan@ac-lyon.fr");
        SMTPAddressFailedException recipient = new SMTPAddressFailedException(address, "RCPT TO:<dan@ac-lyon.fr>", code, reply);
        SendFailedException message = new SendFailedException("Invalid Addresses", recipient);
        return new MailSendException(Map.of(new Object(), (Exception) message));
    }
}
