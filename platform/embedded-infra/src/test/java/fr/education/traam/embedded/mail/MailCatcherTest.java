package fr.education.traam.embedded.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The local SMTP server receives over plain SMTP, as a service's JavaMailSender sends, and shows it over HTTP. */
class MailCatcherTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private MailCatcher catcher;

    @BeforeEach
    void start() {
        catcher = MailCatcher.start("localhost", 0, 0);
    }

    @AfterEach
    void stop() {
        catcher.close();
    }

    @Test
    void lists_each_delivery_and_returns_its_text_and_html_parts() throws Exception {
        send("traam@education.gouv.fr", List.of("dan@ac-normandie.fr", "igesr@education.gouv.fr"),
                "Résultat de l'appel à projets \"TraAM 2026\"",
                "Bonjour,\nvotre académie est retenue.", "<p>Bonjour, votre académie est <b>retenue</b>.</p>");

        HttpResponse<String> list = get("/messages");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode messages = json.readTree(list.body());
        assertThat(messages).hasSize(2);
        assertThat(messages.findValuesAsString("mailbox"))
                .containsExactlyInAnyOrder("dan@ac-normandie.fr", "igesr@education.gouv.fr");
        JsonNode first = messages.get(0);
        assertThat(first.get("from").asString()).isEqualTo("traam@education.gouv.fr");
        assertThat(first.get("to")).extracting(JsonNode::asString)
                .containsExactly("dan@ac-normandie.fr", "igesr@education.gouv.fr");
        assertThat(first.get("subject").asString()).isEqualTo("Résultat de l'appel à projets \"TraAM 2026\"");
        assertThat(first.get("receivedAt").asString()).isNotBlank();
        assertThat(first.has("text")).as("the list leaves the parts to each message").isFalse();

        HttpResponse<String> one = get("/messages/" + first.get("id").asLong());

        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode message = json.readTree(one.body());
        assertThat(message.get("subject").asString()).isEqualTo("Résultat de l'appel à projets \"TraAM 2026\"");
        assertThat(message.get("text").asString()).isEqualTo("Bonjour,\nvotre académie est retenue.");
        assertThat(message.get("html").asString())
                .isEqualTo("<p>Bonjour, votre académie est <b>retenue</b>.</p>");
    }

    @Test
    void keeps_the_ids_it_gave_as_more_messages_arrive() throws Exception {
        send("traam@education.gouv.fr", List.of("a@ac-lyon.fr"), "Premier", "un", null);
        long first = json.readTree(get("/messages").body()).get(0).get("id").asLong();
        send("traam@education.gouv.fr", List.of("b@ac-lyon.fr"), "Second", "deux", null);

        JsonNode messages = json.readTree(get("/messages").body());

        assertThat(messages.findValuesAsString("subject")).containsExactly("Premier", "Second");
        assertThat(messages.get(0).get("id").asLong()).isEqualTo(first);
        JsonNode second = json.readTree(get("/messages/" + messages.get(1).get("id").asLong()).body());
        assertThat(second.get("text").asString()).isEqualTo("deux");
        assertThat(second.get("html").isNull()).isTrue();
    }

    @Test
    void shows_a_person_a_page_of_what_was_received() throws Exception {
        send("traam@education.gouv.fr", List.of("dan@ac-normandie.fr"), "Sélection <publiée>", "texte", null);

        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("dan@ac-normandie.fr", "Sélection &lt;publiée&gt;", "href=\"/messages/");
    }

    @Test
    void answers_a_problem_for_an_unknown_message_or_a_write() throws Exception {
        for (String path : List.of("/messages/42", "/messages/abc", "/elsewhere")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(404);
        }

        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(catcher.viewUrl().resolve("/messages"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(json.readTree(delete.body()).get("title").asString()).isEqualTo("Method not allowed");
    }

    @Test
    void says_it_is_up_and_refuses_to_serve_beyond_this_machine() throws Exception {
        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThatThrownBy(() -> MailCatcher.start("0.0.0.0", 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("this machine only");
    }

    private void send(String from, List<String> to, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", catcher.host());
        properties.put("mail.smtp.port", Integer.toString(catcher.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(catcher.viewUrl().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
