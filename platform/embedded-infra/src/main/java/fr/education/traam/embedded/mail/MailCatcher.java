package fr.education.traam.embedded.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local SMTP server (GreenMail) that accepts every message for any recipient, keeps it in memory only, and shows
 * what it received over HTTP ({@link MailView}). For local development and end-to-end tests only: it authenticates
 * nobody (any login is accepted, none is needed) and its view has no token, which is why both bind a loopback
 * address only.
 */
public final class MailCatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    /** One message as one mailbox received it: a message sent to two recipients is two deliveries. */
    public record Delivery(long id, String mailbox, String from, List<String> to, String subject, Instant receivedAt,
                           Optional<String> text, Optional<String> html) {
    }

    private final GreenMail greenMail;
    private final String host;
    private final int smtpPort;
    private final MailView view;
    /** Ids in order of arrival: GreenMail numbers messages per mailbox, the view across all of them. */
    private final Map<String, Long> ids = new HashMap<>();
    private long lastId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MailCatcher(GreenMail greenMail, String host, int smtpPort, int viewPort) {
        this.greenMail = greenMail;
        this.host = host;
        this.smtpPort = smtpPort;
        this.view = MailView.start(this, host, viewPort);
    }

    /**
     * Starts the SMTP server on {@code smtpPort} and its HTTP view on {@code viewPort} ({@code 0}: a free port), both
     * on {@code host}, which must be a loopback address.
     */
    public static MailCatcher start(String host, int smtpPort, int viewPort) {
        requireLoopback(host);
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        try {
            MailCatcher catcher = new MailCatcher(greenMail, host, greenMail.getSmtp().getPort(), viewPort);
            log.info("SMTP server ready at {}, its messages at {}", catcher.smtpAddress(), catcher.viewUrl());
            return catcher;
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
    }

    private static void requireLoopback(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the mail catcher serves this machine only, not " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    public String host() {
        return host;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** {@code host:port} of the SMTP server. */
    public String smtpAddress() {
        return host + ":" + smtpPort;
    }

    /** The HTTP view's address, e.g. {@code http://localhost:8025}: a page at {@code /}, JSON at {@code /messages}. */
    public URI viewUrl() {
        return view.url();
    }

    boolean running() {
        return greenMail.isRunning();
    }

    /** Every delivery so far, oldest first. */
    public synchronized List<Delivery> deliveries() {
        List<Delivery> deliveries = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            List<StoredMessage> messages;
            try {
                messages = greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
            } catch (FolderException e) {
                throw new IllegalStateException("cannot read the mailbox of " + user.getEmail(), e);
            }
            for (StoredMessage message : messages) {
                deliveries.add(read(user.getEmail(), message));
            }
        }
        deliveries.sort(Comparator.comparing(Delivery::receivedAt).thenComparing(Delivery::mailbox));
        // Ids follow arrival; those seen for the first time in one listing are numbered in the order above.
        List<Delivery> numbered = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            long id = ids.computeIfAbsent(delivery.mailbox() + "\u0000" + delivery.id(), key -> ++lastId);
            numbered.add(new Delivery(id, delivery.mailbox(), delivery.from(), delivery.to(), delivery.subject(),
                    delivery.receivedAt(), delivery.text(), delivery.html()));
        }
        numbered.sort(Comparator.comparingLong(Delivery::id));
        return numbered;
    }

    public Optional<Delivery> delivery(long id) {
        return deliveries().stream().filter(delivery -> delivery.id() == id).findFirst();
    }

    /** The delivery with GreenMail's per-mailbox uid as its id, renumbered by {@link #deliveries()}. */
    private static Delivery read(String mailbox, StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new Delivery(stored.getUid(), mailbox, addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                    Optional.ofNullable(message.getSubject()).orElse(""), stored.getReceivedDate().toInstant(),
                    Optional.ofNullable(parts.text), Optional.ofNullable(parts.html));
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a message received by " + mailbox, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** The first text/plain and text/html parts, however deep in multipart/alternative or mixed they are. */
    private static final class Parts {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                if (text == null && part.isMimeType("text/plain")) {
                    text = lines(part);
                } else if (html == null && part.isMimeType("text/html")) {
                    html = lines(part);
                }
            }
        }
    }

    /** SMTP carries lines ended by CRLF; the view gives them back as the sender wrote them, ended by LF. */
    private static String lines(Part part) throws MessagingException, IOException {
        return part.getContent().toString().replace("\r\n", "\n");
    }

    /** Stops the view and the SMTP server; what they held is gone. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            view.close();
            greenMail.stop();
            log.info("SMTP server at {} stopped", smtpAddress());
        }
    }
}
