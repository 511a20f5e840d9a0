package fr.education.traam.productions.referencing;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol's argument rules and its tokens, without HTTP (OaiPmhTest has them over HTTP). */
class OaiRequestTest {

    @Test
    void a_resumption_token_reads_back_as_written_and_not_once_expired_or_changed() {
        Instant now = Instant.parse("2031-01-01T00:00:00Z");
        byte[] key = new byte[32];
        ResumptionTokens tokens = new ResumptionTokens(key, Clock.fixed(now, ZoneOffset.UTC));
        ResumptionToken token = new ResumptionToken(OaiVerb.ListIdentifiers, "oai_dc", "theme:c:t", "2030-01-01", null,
                Instant.parse("2030-06-01T10:00:00Z"), "production-1", 100, now.plusSeconds(1));
        String written = tokens.write(token);
        assertThat(written).matches("[A-Za-z0-9_.\\-]+");
        assertThat(tokens.read(written)).contains(token);
        assertThat(new ResumptionTokens(key, Clock.fixed(now.plusSeconds(1), ZoneOffset.UTC)).read(written)).as("expired").isEmpty();
        key[0] = 1;
        assertThat(new ResumptionTokens(key, Clock.fixed(now, ZoneOffset.UTC)).read(written)).as("another key").isEmpty();
        assertThat(tokens.read(written.substring(1))).isEmpty();
        assertThat(tokens.read("")).isEmpty();
        assertThat(tokens.read("....")).isEmpty();
    }

    @Test
    void arguments_are_checked_for_their_verb() {
        assertThat(codes(Map.of())).containsExactly(OaiErrorCode.badVerb);
        assertThat(codes(Map.of("verb", List.of("Identify", "Identify")))).containsExactly(OaiErrorCode.badVerb);
        assertThat(parse(Map.of("verb", List.of("ListRecords"), "metadataPrefix", List.of("oai_dc"), "from", List.of("2030-01-01"),
                "until", List.of("2030-01-01")))).isInstanceOf(OaiRequest.class);
        assertThat(codes(Map.of("verb", List.of("ListRecords"), "metadataPrefix", List.of("oai_dc"), "from", List.of("2030-01-02"),
                "until", List.of("2030-01-01")))).containsExactly(OaiErrorCode.badArgument);
        assertThat(codes(Map.of("verb", List.of("ListRecords"), "resumptionToken", List.of("x"), "set", List.of("a"))))
                .containsExactly(OaiErrorCode.badArgument);
        assertThat(parse(Map.of("verb", List.of("ListRecords"), "resumptionToken", List.of("x")))).isInstanceOf(OaiRequest.class);
        assertThat(codes(Map.of("verb", List.of("GetRecord")))).containsExactly(OaiErrorCode.badArgument, OaiErrorCode.badArgument);
    }

    @Test
    void a_day_runs_from_its_first_second_to_its_last() {
        OaiDate day = OaiDate.parse("2030-02-28").orElseThrow();
        assertThat(day.first()).isEqualTo(Instant.parse("2030-02-28T00:00:00Z"));
        assertThat(day.last()).isEqualTo(Instant.parse("2030-02-28T23:59:59Z"));
        assertThat(OaiDate.parse("2030-02-29")).isEmpty();
        assertThat(OaiDate.parse("2030-02-28T24:00:00Z")).isEmpty();
        assertThat(OaiDate.datestamp(Instant.parse("2030-02-28T10:00:00.999Z"))).isEqualTo("2030-02-28T10:00:00Z");
    }

    private static ParsedRequest parse(Map<String, List<String>> parameters) {
        return OaiRequest.parse(new LinkedHashMap<>(parameters));
    }

    private static List<OaiErrorCode> codes(Map<String, List<String>> parameters) {
        ParsedRequest parsed = parse(parameters);
        assertThat(parsed).isInstanceOf(RefusedRequest.class);
        return ((RefusedRequest) parsed).errors().stream().map(OaiError::code).toList();
    }
}
