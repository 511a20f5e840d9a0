package fr.education.traam.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for a test (GreenMail) on a port of its own, which keeps every message it accepts: a service's
 * {@code spring.mail.*} is pointed at it ({@link #register}), the test reads each address's mailbox. Its port is drawn
 * once, so that stopping and starting it again (an SMTP outage) keeps the service's settings true.
 */
public final class TestSmtpServer {

    private final ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private GreenMail server;

    /** Points the service's mail sender at this server, with short client timeouts for the outage tests. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", setup::getBindAddress);
        registry.add("spring.mail.port", setup::getPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    public void start() {
        server = new GreenMail(setup);
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages the server accepted for {@code address} (a To recipient), oldest first. */
    public List<MimeMessage> mailbox(String address) {
        List<MimeMessage> box = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                    box.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return box;
    }

    /** Every message the server accepted. */
    public List<MimeMessage> messages() {
        return List.of(server.getReceivedMessages());
    }

    /** A message's plain text and HTML alternatives; a message without both is not one the platform sends. */
    public record Parts(String text, String html) {

        public static Parts of(MimeMessage message) {
            try {
                List<BodyPart> leaves = new ArrayList<>();
                collect(message.getContent(), leaves);
                String text = null;
                String html = null;
                for (BodyPart part : leaves) {
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
                if (text == null || html == null) {
                    throw new AssertionError("a message with a text part and an HTML part, not " + leaves.size() + " parts"
                            + (text == null ? " without text" : "") + (html == null ? " without HTML" : ""));
                }
                return new Parts(text, html);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(Object content, List<BodyPart> leaves) throws MessagingException, IOException {
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.getContent() instanceof Multipart nested) {
                        collect(nested, leaves);
                    } else {
                        leaves.add(part);
                    }
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
