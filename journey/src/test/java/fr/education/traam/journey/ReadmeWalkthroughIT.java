package fr.education.traam.journey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walkthrough and its continuation in docs/walkthrough-productions.md, run as a newcomer pastes them: the
 * block after {@code <!-- walkthrough -->} of each, in order, in one bash with {@code set -euo pipefail} (a later block uses what an earlier one set), against the shared platform's
 * gateway (the first block reads its address from {@code TRAAM}). Its {@code ./traam token} is the real launcher's, run
 * where the platform keeps its keys. If the README's commands stop working, this fails.
 */
@ExtendWith(SharedPlatform.class)
class ReadmeWalkthroughIT {

    private static final Logger log = LoggerFactory.getLogger(ReadmeWalkthroughIT.class);
    private static final Pattern BLOCK = Pattern.compile("<!-- walkthrough -->\\s*```bash\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern CAMPAIGN = Pattern.compile("^campaign (\\S+)$", Pattern.MULTILINE);
    /** The walkthrough's pages, in order: the README's selection, then docs' production. */
    private static final List<String> WALKTHROUGH = List.of("README.md", "docs/walkthrough-productions.md");
    private static final Pattern PRODUCTION = Pattern.compile("^production (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path newcomer;

    @Test
    void the_readme_walkthrough_runs_as_pasted() throws Exception {
        Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath().normalize();
        List<String> blocks = new ArrayList<>();
        for (String page : WALKTHROUGH) {
            Matcher block = BLOCK.matcher(Files.readString(repository.resolve(page)));
            assertThat(block.find()).as(page + " has a ```bash block after <!-- walkthrough -->").isTrue();
            blocks.add(block.group(1));
        }
        Path script = Files.writeString(newcomer.resolve("walkthrough.sh"), String.join("\n", blocks));

        SharedPlatform.Running running = SharedPlatform.running();
        launcherAsTraam(repository, running.platform().keys().getParent().getParent());
        Path output = newcomer.resolve("walkthrough.out");
        ProcessBuilder walkthrough = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .directory(newcomer.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        // The block's first line reads TRAAM, defaulting to ./traam up's gateway: here, the shared platform's.
        walkthrough.environment().put("TRAAM", running.platform().gateway().toString().replaceAll("/$", ""));
        // ./traam token signs as the platform's identity provider, which on free ports is not the documented 9000.
        walkthrough.environment().put("TRAAM_ISSUER", running.platform().identity().toString());
        walkthrough.environment().put("MAIL", running.platform().mail().view().toString().replaceAll("/$", ""));
        Process bash = walkthrough.start();
        bash.getOutputStream().close();
        boolean ended = bash.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            bash.destroyForcibly();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8);
        log.info("The walkthrough said:\n{}", said);

        assertThat(ended).as("the walkthrough ends within 5 minutes:\n" + said).isTrue();
        assertThat(bash.exitValue()).as("the walkthrough's exit status:\n" + said).isZero();
        Matcher campaign = CAMPAIGN.matcher(said);
        assertThat(campaign.find()).as("the walkthrough names its campaign:\n" + said).isTrue();
        String id = campaign.group(1);

        Gateway gateway = running.gateway();
        assertThat(Gateway.json(gateway.get("/api/campaigns/" + id, null)).get("phase").asString()).isEqualTo("NATIONAL_SELECTION");
        JsonNode selection = Gateway.json(gateway.get("/api/candidatures/selections/" + id + "/ia-et-ecriture", null));
        assertThat(selection.path("selected").valueStream().map(selected -> selected.at("/academy/code").asString()))
                .as("the public selection retains the six académies the walkthrough decided on")
                .containsExactlyInAnyOrder("06", "08", "10", "14", "24", "25");
        JsonNode groups = Gateway.json(gateway.get("/api/groups?campaignId=" + id + "&themeId=ia-et-ecriture", null));
        assertThat(groups).as("one national group and six academic groups").hasSize(7);
        assertThat(groups.get(0).get("kind").asString()).isEqualTo("NATIONAL");
        assertThat(groups.valueStream().filter(group -> group.at("/academy/code").asString().equals("10")))
                .as("Lyon's group, completed by its DAN").singleElement()
                .satisfies(lyon -> assertThat(lyon.get("status").asString()).isEqualTo("COMPLETE"));
        assertThat(said).as("Lyon's group was incomplete before its DAN added a teacher")
                .contains("Lyon's academic group has 2 teachers and needs 3");
        assertThat(said).as("the line's Atom feed lists the edition the editor published").contains("<entry");
        String mails = HttpClient.newHttpClient().send(HttpRequest.newBuilder(running.platform().mail().messages()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String dan : List.of("dan@ac-lyon.fr", "dan@ac-grenoble.fr", "dan@ac-clermont.fr", "dan@ac-creteil.fr",
                "dan@ac-versailles.fr", "dan@ac-rennes.fr")) {
            assertThat(mails).as("the outcome mailed to " + dan).contains("\"mailbox\":\"" + dan + "\"");
        }

        Matcher production = PRODUCTION.matcher(said);
        assertThat(production.find()).as("the walkthrough names its production:\n" + said).isTrue();
        assertThat(said).as("the first publication is refused with the unmet checks")
                .contains("publication-checks-unmet", "text-alternative-missing", "licence-missing")
                .contains("public page: 200", "withdrawn page: 410")
                .as("its ScoLOMFR record harvested, then deleted").contains("scolomfr-voc-010-num-020", "status=\"deleted\"");
        HttpResponse<String> withdrawn = gateway.get("/api/productions/" + production.group(1), null);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(410);
        assertThat(Gateway.json(withdrawn).get("reason").asString()).isEqualTo("Un élève y est reconnaissable.");

        // The synthesis: one mail to each institution and to each member of the theme's groups with an address.
        assertThat(said).as("the walkthrough names its synthesis").containsPattern("(?m)^synthesis \\S+$");
        JsonNode received = Gateway.json(HttpClient.newHttpClient().send(HttpRequest.newBuilder(running.platform().mail()
                .messages()).build(), HttpResponse.BodyHandlers.ofString()));
        for (String recipient : List.of("synthese-traam.igesr@example.org", "synthese-traam.dgesco@example.org",
                "synthese-traam.ih2ef@example.org", "paul.martin@ac-lyon.fr", "karim.haddad@ac-lyon.fr")) {
            assertThat(received.valueStream().filter(m -> m.get("mailbox").asString().equals(recipient)
                    && m.get("subject").asString().equals("TraAM : la synthèse du thème « IA et écriture » est publiée")))
                    .as("the synthesis mailed once to " + recipient).hasSize(1);
        }
    }

    /** {@code ./traam} in the newcomer's folder: the launcher jar, run in the platform's home so that tokens use its keys. */
    private void launcherAsTraam(Path repository, Path platformHome) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path traam = newcomer.resolve("traam");
        Files.writeString(traam, "#!/bin/sh\ncd '" + platformHome + "' && exec '" + java + "' -jar '"
                + repository.resolve("infra/local/target/traam-local.jar") + "' \"$@\"\n");
        Files.setPosixFilePermissions(traam, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
