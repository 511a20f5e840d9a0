package fr.education.traam.productions.referencing.web;

import fr.education.traam.productions.referencing.OaiRequest;
import fr.education.traam.productions.referencing.ParsedRequest;
import fr.education.traam.productions.referencing.RefusedRequest;
import fr.education.traam.productions.referencing.application.Harvesting;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OAI-PMH 2.0 data provider at {@code /oai}, public, by GET or by a POSTed form (ADR 28). Protocol errors are the
 * protocol's: XML with HTTP 200. Hidden from the OpenAPI document, which describes JSON: its contract is the protocol's
 * (docs/api/productions.md, "OAI-PMH").
 */
@Hidden
@RestController
class OaiController {

    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final Harvesting harvesting;
    private final OaiResponses responses;
    private final Map<String, MetadataFormat> formats;
    private final Clock clock = Clock.systemUTC();

    OaiController(Harvesting harvesting, List<MetadataFormat> formats) {
        this.harvesting = harvesting;
        this.formats = formats.stream().collect(Collectors.toMap(MetadataFormat::prefix, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two metadata formats named " + a.prefix());
        }, TreeMap::new));
        this.responses = new OaiResponses(harvesting, this.formats);
    }

    @GetMapping("/oai")
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        return answer(request);
    }

    @PostMapping(value = "/oai", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> post(HttpServletRequest request) {
        return answer(request);
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        Harvesting.Answer answer;
        Map<String, String> echoed = new LinkedHashMap<>();
        ParsedRequest parsed = OaiRequest.parse(parameters);
        if (parsed instanceof OaiRequest valid) {
            echoed.put("verb", valid.verb().name());
            echoed.putAll(valid.arguments());
            answer = harvesting.answer(valid, formats.keySet());
        } else {
            answer = new Harvesting.Errors(((RefusedRequest) parsed).errors());
        }
        return ResponseEntity.ok().contentType(XML).body(responses.write(echoed, answer, clock.instant()));
    }
}
