package fr.education.traam.productions.referencing.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.productions.catalogue.CatalogueEntries;
import fr.education.traam.productions.catalogue.CatalogueMother;
import fr.education.traam.productions.catalogue.application.FollowingPublications;
import fr.education.traam.productions.referencing.OaiVerb;
import fr.education.traam.productions.referencing.ResumptionToken;
import fr.education.traam.productions.referencing.ResumptionTokens;
import fr.education.traam.testkit.TraamInfrastructure;
import fr.education.traam.testkit.standards.OaiSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The OAI-PMH data provider over real HTTP, without a token, on records published through the real broker or stored
 * through the catalogue's port as {@link FollowingPublications} stores them (with a clock of the test's, to place each
 * change in time). Every response is validated against the OAI-PMH 2.0 schema of ../shared/standards ({@link OaiSchema}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"traam.productions.oai.page-size=7", "traam.productions.oai.token-secret=" + OaiPmhTest.SECRET,
                "traam.productions.oai.repository-identifier=traam.test.fr"})
@TraamInfrastructure(database = "traam-productions-test")
class OaiPmhTest {

    static final String SECRET = "a test secret that signs the resumption tokens";
    private static final String PREFIX = "oai:traam.test.fr:";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Map<String, String> NAMESPACES = Map.of("oai", "http://www.openarchives.org/OAI/2.0/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/", "dc", "http://purl.org/dc/elements/1.1/");

    @LocalServerPort
    int port;
    @Autowired
    CatalogueEntries entries;
    @Autowired
    EventPublisher publisher;

    private final TestClock clock = new TestClock();
    private FollowingPublications following;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void catalogue() {
        following = new FollowingPublications(entries, clock);
    }

    @Test
    void identify_formats_and_sets_describe_the_repository_by_get_and_by_post() {
        Run run = new Run();
        ProductionPublished scenario = run.scenario(0, List.of("10"), List.of("Histoire-géographie"));
        clock.at("2031-01-10T08:00:00Z");
        store(scenario);

        Answer identify = post("verb=Identify");
        assertThat(identify.text("/oai:OAI-PMH/oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        assertThat(identify.text("/oai:OAI-PMH/oai:Identify/oai:baseURL")).isEqualTo("http://localhost:8080/oai");
        assertThat(identify.text("/oai:OAI-PMH/oai:request")).isEqualTo("http://localhost:8080/oai");
        assertThat(identify.text("/oai:OAI-PMH/oai:request/@verb")).isEqualTo("Identify");
        assertThat(identify.text("/oai:OAI-PMH/oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
        assertThat(identify.text("/oai:OAI-PMH/oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(identify.text("/oai:OAI-PMH/oai:Identify/oai:adminEmail")).contains("@");
        String earliest = identify.text("/oai:OAI-PMH/oai:Identify/oai:earliestDatestamp");
        assertThat(Instant.parse(earliest)).isBeforeOrEqualTo(Instant.parse("2031-01-10T08:00:00Z"));
        assertThat(get("verb=Identify").text("/oai:OAI-PMH/oai:Identify/oai:repositoryName")).isNotBlank();

        Answer formats = get("verb=ListMetadataFormats");
        assertThat(formats.texts("//oai:metadataFormat/oai:metadataPrefix")).contains("oai_dc");
        assertThat(formats.text("//oai:metadataFormat[oai:metadataPrefix='oai_dc']/oai:schema"))
                .isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        assertThat(formats.text("//oai:metadataFormat[oai:metadataPrefix='oai_dc']/oai:metadataNamespace"))
                .isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
        Answer ofOne = get("verb=ListMetadataFormats&identifier=" + enc(PREFIX + scenario.productionId()));
        assertThat(ofOne.texts("//oai:metadataFormat/oai:metadataPrefix")).contains("oai_dc");
        assertThat(ofOne.text("/oai:OAI-PMH/oai:request/@identifier")).isEqualTo(PREFIX + scenario.productionId());
        assertThat(get("verb=ListMetadataFormats&identifier=" + enc(PREFIX + "nobody")).errors()).containsExactly("idDoesNotExist");

        Answer sets = get("verb=ListSets");
        Map<String, String> named = sets.pairs("//oai:set", "oai:setSpec", "oai:setName");
        assertThat(named).containsEntry("campaign:" + run.year, "Campagne " + run.year)
                .containsEntry("theme:" + run.campaign + ":" + run.theme, "Thème " + run.theme + " (" + run.year + ")")
                .containsEntry("theme:" + run.campaign, "Thèmes de la campagne " + run.year)
                .containsEntry("academy:10", "Académie de Lyon")
                .containsEntry("discipline:histoire-geographie", "Histoire-géographie")
                .containsKeys("campaign", "theme", "academy", "discipline");
        assertThat(get("verb=ListSets&resumptionToken=anything").errors()).containsExactly("badResumptionToken");
    }

    @Test
    void a_publication_on_the_broker_is_a_record_in_dublin_core_and_its_withdrawal_a_deleted_record_kept_in_its_sets() {
        Run run = new Run();
        ProductionPublished scenario = CatalogueMother.fullScenario(CatalogueMother.newId(), "Réécrire un conte " + run.theme,
                "http://localhost");
        scenario = new ProductionPublished(scenario.productionId(), 1, scenario.type(), scenario.title(), scenario.summary(),
                scenario.disciplines(), scenario.levels(), scenario.competences(), run.themeReference(), scenario.academy(),
                scenario.academies(), scenario.url(), scenario.licence(), scenario.licenceUrl(), scenario.content(), scenario.attachments());
        ProductionPublished report = CatalogueMother.production(CatalogueMother.newId(), 1, ProductionType.ACADEMIC_REPORT, "Bilan",
                "Le bilan", run.year, run.theme, "Thème " + run.theme, List.of("10"), List.of("Lettres"), List.of(), List.of());
        report = run.inTheme(report);
        publisher.publish(CatalogueMother.pending(report, Instant.now()));
        publisher.publish(CatalogueMother.pending(scenario, Instant.now()));
        String identifier = PREFIX + scenario.productionId();
        await().atMost(PATIENCE).until(() -> get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifier)).errors().isEmpty());

        Answer record = get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifier));
        String dc = "/oai:OAI-PMH/oai:GetRecord/oai:record/oai:metadata/oai_dc:dc/";
        assertThat(record.text("//oai:header/oai:identifier")).isEqualTo(identifier);
        assertThat(record.text("//oai:header/@status")).isEmpty();
        assertThat(record.text(dc + "dc:title")).isEqualTo(scenario.title());
        assertThat(record.text(dc + "dc:description")).isEqualTo(scenario.summary());
        assertThat(record.texts(dc + "dc:identifier")).containsExactly(scenario.url());
        assertThat(record.texts(dc + "dc:language")).containsExactly("fr");
        assertThat(record.texts(dc + "dc:creator")).containsExactly("Groupe TraAM de l'académie de Lyon");
        assertThat(record.texts(dc + "dc:subject")).contains("Lettres", "CRCN 3.1", "CRCN 1.1");
        assertThat(record.texts(dc + "dc:type")).contains("Scénario pédagogique");
        assertThat(record.texts(dc + "dc:rights")).containsExactly("CC BY-NC-SA 4.0 https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr");
        assertThat(record.texts("//oai:header/oai:setSpec")).contains("campaign:" + run.year, "theme:" + run.campaign + ":" + run.theme,
                "academy:10", "discipline:lettres");
        // An academic report is published but not referenced.
        assertThat(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(PREFIX + report.productionId())).errors())
                .containsExactly("idDoesNotExist");
        assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + run.themeSet()).texts("//oai:header/oai:identifier"))
                .containsExactly(identifier);

        publisher.publish(CatalogueMother.pending(CatalogueMother.withdrawn(scenario, "Droits d'une image non cédés"), Instant.now()));
        await().atMost(PATIENCE).until(() -> "deleted".equals(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifier))
                .text("//oai:header/@status")));
        Answer deleted = get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifier));
        assertThat(deleted.count("//oai:record/oai:metadata")).as("a deleted record has no metadata").isZero();
        Answer inTheSet = get("verb=ListRecords&metadataPrefix=oai_dc&set=" + run.themeSet());
        assertThat(inTheSet.texts("//oai:header[@status='deleted']/oai:identifier")).as("still harvested in its set, deleted")
                .containsExactly(identifier);
        assertThat(Instant.parse(inTheSet.text("//oai:header/oai:datestamp"))).as("its datestamp is its withdrawal's")
                .isAfter(Instant.parse(record.text("//oai:header/oai:datestamp")).minusSeconds(1));
        assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=academy:10&identifier=x").errors()).containsExactly("badArgument");
    }

    @Test
    void scenarios_and_modules_are_offered_as_scolomfr_records_valid_inside_the_protocol_s_envelope() {
        Run run = new Run();
        clock.at("2031-07-01T00:00:00Z");
        ProductionPublished scenario = run.scenario(0, List.of("10"), List.of("Lettres"));
        ProductionPublished module = run.module(1);
        store(scenario);
        clock.advance(1);
        store(module);
        assertThat(get("verb=ListMetadataFormats").texts("//oai:metadataPrefix")).contains("oai_dc", "lom");
        // Each response is validated with the ScoLOMFR schema beside the protocol's (OaiSchema): the lom records strictly.
        Answer records = get("verb=ListRecords&metadataPrefix=lom&set=" + run.themeSet());
        assertThat(records.texts("//oai:record/oai:header/oai:identifier"))
                .containsExactly(PREFIX + scenario.productionId(), PREFIX + module.productionId());
        assertThat(records.count("//oai:record/oai:metadata/*[local-name()='lom' and namespace-uri()='http://ltsc.ieee.org/xsd/LOM']"))
                .isEqualTo(2);
        Answer one = get("verb=GetRecord&metadataPrefix=lom&identifier=" + enc(PREFIX + scenario.productionId()));
        assertThat(one.body()).contains(scenario.title());
    }

    @Test
    void two_hundred_and_fifty_records_are_harvested_page_by_page_each_exactly_once() {
        Run run = new Run();
        List<String> stored = new ArrayList<>();
        clock.at("2031-02-01T00:00:00Z");
        for (int i = 0; i < 250; i++) {
            ProductionPublished production = i % 5 == 0 ? run.module(i) : run.scenario(i, List.of("10"), List.of("Lettres"));
            // Three records a second: the order needs its tie-break by id.
            if (i % 3 == 0) {
                clock.advance(1);
            }
            store(production);
            stored.add(PREFIX + production.productionId());
        }
        List<String> harvested = new ArrayList<>();
        List<String> datestamps = new ArrayList<>();
        Answer answer = get("verb=ListRecords&metadataPrefix=oai_dc&set=" + run.themeSet());
        long cursor = 0;
        int pages = 1;
        while (true) {
            harvested.addAll(answer.texts("//oai:record/oai:header/oai:identifier"));
            datestamps.addAll(answer.texts("//oai:record/oai:header/oai:datestamp"));
            assertThat(answer.count("//oai:record/oai:metadata/oai_dc:dc")).isEqualTo(answer.count("//oai:record"));
            String token = answer.text("//oai:resumptionToken");
            assertThat(answer.text("//oai:resumptionToken/@completeListSize")).isEqualTo("250");
            assertThat(answer.text("//oai:resumptionToken/@cursor")).isEqualTo(Long.toString(cursor));
            cursor += answer.count("//oai:record");
            if (token.isEmpty()) {
                assertThat(answer.text("//oai:resumptionToken/@expirationDate")).as("the last page's empty token").isEmpty();
                break;
            }
            assertThat(answer.count("//oai:record")).isEqualTo(7);
            assertThat(Instant.parse(answer.text("//oai:resumptionToken/@expirationDate"))).isAfter(Instant.now());
            answer = pages % 2 == 0 ? get("verb=ListRecords&resumptionToken=" + enc(token)) : post("verb=ListRecords&resumptionToken=" + enc(token));
            pages++;
        }
        assertThat(pages).isEqualTo(36);
        assertThat(harvested).hasSize(250).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        assertThat(datestamps).isSorted();

        // The same list as headers only, from the same order.
        List<String> identifiers = new ArrayList<>();
        Answer headers = get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + run.themeSet());
        while (true) {
            identifiers.addAll(headers.texts("//oai:header/oai:identifier"));
            String token = headers.text("//oai:resumptionToken");
            if (token.isEmpty()) {
                break;
            }
            assertThat(get("verb=ListRecords&resumptionToken=" + enc(token)).errors()).as("a ListIdentifiers token for ListRecords")
                    .containsExactly("badResumptionToken");
            headers = get("verb=ListIdentifiers&resumptionToken=" + enc(token));
        }
        assertThat(identifiers).isEqualTo(harvested);
    }

    @Test
    void an_outside_harvester_reads_every_record_page_by_page() throws Exception {
        Run run = new Run();
        clock.at("2031-06-01T00:00:00Z");
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            clock.advance(1);
            ProductionPublished production = run.scenario(i, List.of("10"), List.of("Lettres"));
            store(production);
            stored.add(PREFIX + production.productionId());
        }
        clock.advance(1);
        withdraw(CatalogueMother.withdrawn(run.scenario(30, List.of("10"), List.of("Lettres")), "Retirée"));
        // xoai's service provider, which parses the responses its own way and follows the resumption tokens itself.
        String base = "http://localhost:" + port + "/oai";
        io.gdcc.xoai.serviceprovider.ServiceProvider harvester = new io.gdcc.xoai.serviceprovider.ServiceProvider(
                new io.gdcc.xoai.serviceprovider.model.Context().withBaseUrl(base)
                        .withGranularity(io.gdcc.xoai.model.oaipmh.Granularity.Second)
                        .withOAIClient(io.gdcc.xoai.serviceprovider.client.OAIClient.newBuilder().withBaseUrl(base).build()));
        assertThat(harvester.identify().getProtocolVersion()).isEqualTo("2.0");
        List<String> identifiers = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Iterator<io.gdcc.xoai.model.oaipmh.results.record.Header> headers = harvester.listIdentifiers(
                io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
                        .withSetSpec(run.themeSet()));
        while (headers.hasNext()) {
            io.gdcc.xoai.model.oaipmh.results.record.Header header = headers.next();
            (header.isDeleted() ? deleted : identifiers).add(header.getIdentifier());
        }
        assertThat(identifiers).hasSize(30).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        assertThat(deleted).hasSize(1);
    }

    @Test
    void a_harvest_paging_while_records_change_neither_skips_nor_repeats_a_record_that_did_not_change() {
        Run run = new Run();
        List<ProductionPublished> productions = new ArrayList<>();
        clock.at("2031-03-01T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            ProductionPublished production = run.scenario(i, List.of("16"), List.of("Mathématiques"));
            productions.add(production);
            if (i % 2 == 0) {
                clock.advance(1);
            }
            store(production);
        }
        Answer first = get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + run.themeSet());
        Answer second = get("verb=ListIdentifiers&resumptionToken=" + enc(first.text("//oai:resumptionToken")));
        List<String> harvested = new ArrayList<>(first.texts("//oai:header/oai:identifier"));
        harvested.addAll(second.texts("//oai:header/oai:identifier"));
        assertThat(harvested).hasSize(14);

        // Meanwhile: two records already sent and two not yet sent are published again, one not yet sent is withdrawn,
        // and a new one is published, all later.
        Map<String, ProductionPublished> byId = productions.stream().collect(Collectors.toMap(p -> PREFIX + p.productionId(), p -> p));
        List<String> unseen = productions.stream().map(p -> PREFIX + p.productionId()).filter(id -> !harvested.contains(id)).toList();
        Set<String> changed = Set.of(harvested.get(1), harvested.get(9), unseen.get(0), unseen.get(5), unseen.get(10));
        clock.at("2031-03-02T00:00:00Z");
        for (String id : List.of(harvested.get(1), harvested.get(9), unseen.get(0), unseen.get(5))) {
            store(again(byId.get(id)));
        }
        withdraw(CatalogueMother.withdrawn(byId.get(unseen.get(10)), "Retirée"));
        ProductionPublished late = run.scenario(99, List.of("16"), List.of("Mathématiques"));
        store(late);

        Answer page = second;
        List<String> rest = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        while (!page.text("//oai:resumptionToken").isEmpty()) {
            page = get("verb=ListIdentifiers&resumptionToken=" + enc(page.text("//oai:resumptionToken")));
            rest.addAll(page.texts("//oai:header/oai:identifier"));
            deleted.addAll(page.texts("//oai:header[@status='deleted']/oai:identifier"));
        }
        List<String> all = new ArrayList<>(harvested);
        all.addAll(rest);
        Map<String, Long> times = all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (String id : byId.keySet()) {
            if (!changed.contains(id)) {
                assertThat(times.get(id)).as("unchanged %s", id).isEqualTo(1);
            } else {
                assertThat(times.get(id)).as("changed %s, at least once", id).isBetween(1L, 2L);
            }
        }
        assertThat(times).containsEntry(PREFIX + late.productionId(), 1L);
        assertThat(deleted).as("the withdrawn one, deleted").containsExactly(unseen.get(10));
    }

    @Test
    void from_and_until_select_by_datestamp_both_inclusive_at_either_granularity() {
        Run run = new Run();
        String[] times = {"2031-04-01T10:00:00Z", "2031-04-01T10:00:01Z", "2031-04-01T23:59:59Z", "2031-04-02T00:00:00Z",
                "2031-04-02T12:00:00Z"};
        List<String> ids = new ArrayList<>();
        List<ProductionPublished> productions = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            clock.at(times[i]);
            ProductionPublished production = run.scenario(i, List.of("11"), List.of("Anglais"));
            store(production);
            productions.add(production);
            ids.add(PREFIX + production.productionId());
        }
        // A redelivered publication changes nothing, its datestamp included (ADR 14).
        clock.at("2031-04-05T00:00:00Z");
        store(productions.get(0));
        String set = "&metadataPrefix=oai_dc&set=" + run.themeSet();
        assertThat(identifiers("verb=ListIdentifiers" + set + "&from=2031-04-01T10:00:01Z&until=2031-04-02T00:00:00Z"))
                .containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThat(identifiers("verb=ListIdentifiers" + set + "&from=2031-04-01T10:00:00Z&until=2031-04-01T10:00:00Z"))
                .containsExactly(ids.get(0));
        assertThat(identifiers("verb=ListIdentifiers" + set + "&from=2031-04-01&until=2031-04-01"))
                .as("a day, from its first second to its last").containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(identifiers("verb=ListIdentifiers" + set + "&from=2031-04-02")).containsExactly(ids.get(3), ids.get(4));
        assertThat(identifiers("verb=ListRecords" + set + "&until=2031-04-01T10:00:01Z")).containsExactly(ids.get(0), ids.get(1));
        assertThat(get("verb=ListIdentifiers" + set + "&from=2031-04-02T12:00:01Z").errors()).containsExactly("noRecordsMatch");
        assertThat(get("verb=ListIdentifiers" + set + "&from=2031-04-02&until=2031-04-01").errors()).containsExactly("badArgument");
        assertThat(get("verb=ListIdentifiers" + set + "&from=2031-04-01&until=2031-04-02T00:00:00Z").errors())
                .as("granularities differ").containsExactly("badArgument");
        assertThat(get("verb=ListIdentifiers" + set + "&from=2031-02-30").errors()).containsExactly("badArgument");
        assertThat(get("verb=ListIdentifiers" + set + "&from=2031-04-01T10:00:00").errors()).as("no Z").containsExactly("badArgument");
        assertThat(get("verb=ListIdentifiers" + set + "&from=2031-04-01T10:00:00.5Z").errors()).containsExactly("badArgument");
        assertThat(get("verb=ListIdentifiers" + set + "&until=2031-04-01T24:00:00Z").errors()).as("no 24:00").containsExactly("badArgument");
    }

    @Test
    void every_protocol_error_is_an_oai_pmh_response_with_status_200() {
        Run run = new Run();
        clock.at("2031-05-01T00:00:00Z");
        ProductionPublished scenario = run.scenario(0, List.of("10"), List.of("Lettres"));
        store(scenario);
        String id = enc(PREFIX + scenario.productionId());

        // badVerb: missing, unknown, repeated; the request element then names the base URL only.
        for (String query : List.of("", "metadataPrefix=oai_dc", "verb=ListThings", "verb=Identify&verb=Identify", "verb=identify")) {
            Answer answer = get(query);
            assertThat(answer.errors()).as(query).containsExactly("badVerb");
            assertThat(answer.attributes("/oai:OAI-PMH/oai:request")).as(query).isEmpty();
        }
        // badArgument: illegal, repeated, missing, exclusive token, ill-written.
        for (String query : List.of("verb=Identify&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
                "verb=ListRecords", "verb=GetRecord&metadataPrefix=oai_dc", "verb=GetRecord&identifier=" + id,
                "verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=abc", "verb=ListSets&set=academy",
                "verb=ListRecords&metadataPrefix=oai%20dc", "verb=ListRecords&metadataPrefix=oai_dc&set=academy:",
                "verb=ListRecords&metadataPrefix=oai_dc&set=" + enc("académie"), "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc("not a uri"),
                "verb=ListRecords&metadataPrefix=oai_dc&from=" + enc("2031-01-01\u0001"), "verb=Identify&%3Cx%3E=1")) {
            Answer answer = get(query);
            assertThat(answer.errors()).as(query).isNotEmpty().containsOnly("badArgument");
            assertThat(answer.attributes("/oai:OAI-PMH/oai:request")).as(query).isEmpty();
        }
        // cannotDisseminateFormat, with the arguments echoed.
        Answer format = get("verb=ListRecords&metadataPrefix=marc21");
        assertThat(format.errors()).containsExactly("cannotDisseminateFormat");
        assertThat(format.attributes("/oai:OAI-PMH/oai:request")).containsEntry("verb", "ListRecords").containsEntry("metadataPrefix", "marc21");
        assertThat(get("verb=GetRecord&metadataPrefix=marc21&identifier=" + id).errors()).containsExactly("cannotDisseminateFormat");
        assertThat(get("verb=GetRecord&metadataPrefix=marc21&identifier=" + enc(PREFIX + "nobody")).errors())
                .containsExactlyInAnyOrder("cannotDisseminateFormat", "idDoesNotExist");
        // idDoesNotExist: unknown, or another repository's.
        assertThat(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(PREFIX + "nobody")).errors()).containsExactly("idDoesNotExist");
        assertThat(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc("oai:elsewhere.fr:" + scenario.productionId())).errors())
                .containsExactly("idDoesNotExist");
        // noRecordsMatch: a set well written but empty.
        assertThat(get("verb=ListRecords&metadataPrefix=oai_dc&set=academy:nowhere-" + run.theme).errors()).containsExactly("noRecordsMatch");
        // badResumptionToken: garbage, tampered, expired, of another key.
        assertThat(get("verb=ListRecords&resumptionToken=garbage").errors()).containsExactly("badResumptionToken");
        ResumptionToken valid = new ResumptionToken(OaiVerb.ListRecords, "oai_dc", null, null, null, Instant.parse("2031-05-01T00:00:00Z"),
                "a", 7, Instant.now().plusSeconds(3600));
        String token = tokens(SECRET).write(valid);
        assertThat(get("verb=ListRecords&resumptionToken=" + enc(token)).errors()).as("a token the repository signed").isEmpty();
        String[] parts = token.split("\\.");
        parts[8] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("=0".getBytes(StandardCharsets.UTF_8));
        assertThat(get("verb=ListRecords&resumptionToken=" + enc(String.join(".", parts))).errors()).as("its cursor changed")
                .containsExactly("badResumptionToken");
        String expired = tokens(SECRET).write(new ResumptionToken(OaiVerb.ListRecords, "oai_dc", null, null, null,
                Instant.parse("2031-05-01T00:00:00Z"), "a", 7, Instant.now().minusSeconds(1)));
        Answer late = get("verb=ListRecords&resumptionToken=" + enc(expired));
        assertThat(late.errors()).as("expired").containsExactly("badResumptionToken");
        assertThat(late.attributes("/oai:OAI-PMH/oai:request")).containsEntry("resumptionToken", expired);
        assertThat(get("verb=ListRecords&resumptionToken=" + enc(tokens("another key, another repository").write(valid))).errors())
                .containsExactly("badResumptionToken");
    }

    @Test
    void what_is_not_the_protocol_stays_a_problem() throws Exception {
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri("")).method("PUT", HttpRequest.BodyPublishers.ofString("verb=Identify"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(uri("")).POST(HttpRequest.BodyPublishers.ofString("{\"verb\":\"Identify\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // Not a JSON operation: the OpenAPI document, which the hostile-input walker reads, does not list it (ADR 28).
        HttpResponse<String> openApi = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/productions/v3/api-docs"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/productions/catalogue").doesNotContain("\"/oai\"");
    }

    private List<String> identifiers(String query) {
        Answer answer = get(query);
        assertThat(answer.errors()).as(query).isEmpty();
        assertThat(answer.text("//oai:resumptionToken")).as("one page").isEmpty();
        return answer.texts("//oai:header/oai:identifier");
    }

    private void store(ProductionPublished production) {
        following.published(new InboundEvent<>(UUID.randomUUID().toString(), "fr.education.traam.productions.ProductionPublished",
                CatalogueMother.SOURCE, production.productionId(), clock.instant(), production));
    }

    private void withdraw(ProductionWithdrawn withdrawal) {
        following.withdrawn(new InboundEvent<>(UUID.randomUUID().toString(), "fr.education.traam.productions.ProductionWithdrawn",
                CatalogueMother.SOURCE, withdrawal.productionId(), clock.instant(), withdrawal));
    }

    private static ProductionPublished again(ProductionPublished p) {
        return new ProductionPublished(p.productionId(), p.version() + 1, p.type(), p.title() + " (révisé)", p.summary(), p.disciplines(),
                p.levels(), p.competences(), p.theme(), p.academy(), p.academies(), p.url(), p.licence(), p.licenceUrl(), p.content(),
                p.attachments());
    }

    private static ResumptionTokens tokens(String secret) {
        try {
            return new ResumptionTokens(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), Clock.systemUTC());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer get(String query) {
        return answer(HttpRequest.newBuilder(uri(query.isEmpty() ? "" : "?" + query)).GET().build());
    }

    private Answer post(String form) {
        return answer(HttpRequest.newBuilder(uri("")).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded").build());
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/oai" + query);
    }

    /** Every answer the test gets: HTTP 200, XML, valid against the protocol's schema. */
    private Answer answer(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
            OaiSchema.validate(response.body());
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            return new Answer(document, response.body());
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response, read by XPath. */
    record Answer(Document document, String body) {

        private static final XPath XPATH = xpath();

        List<String> errors() {
            return texts("/oai:OAI-PMH/oai:error/@code");
        }

        String text(String expression) {
            try {
                return XPATH.evaluate(expression, document);
            } catch (XPathExpressionException e) {
                throw new IllegalArgumentException(expression, e);
            }
        }

        List<String> texts(String expression) {
            NodeList nodes = nodes(expression);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }

        int count(String expression) {
            return nodes(expression).getLength();
        }

        Map<String, String> attributes(String expression) {
            Element element = (Element) nodes(expression).item(0);
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                attributes.put(element.getAttributes().item(i).getNodeName(), element.getAttributes().item(i).getNodeValue());
            }
            return attributes;
        }

        Map<String, String> pairs(String expression, String key, String value) {
            NodeList nodes = nodes(expression);
            Map<String, String> pairs = new LinkedHashMap<>();
            try {
                for (int i = 0; i < nodes.getLength(); i++) {
                    pairs.put(XPATH.evaluate(key, nodes.item(i)), XPATH.evaluate(value, nodes.item(i)));
                }
            } catch (XPathExpressionException e) {
                throw new IllegalArgumentException(expression, e);
            }
            return pairs;
        }

        private NodeList nodes(String expression) {
            try {
                return (NodeList) XPATH.evaluate(expression, document, XPathConstants.NODESET);
            } catch (XPathExpressionException e) {
                throw new IllegalArgumentException(expression, e);
            }
        }

        private static XPath xpath() {
            XPath xpath = XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.get(prefix);
                }

                @Override
                public String getPrefix(String namespaceURI) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String namespaceURI) {
                    return null;
                }
            });
            return xpath;
        }
    }

    /** One test's campaign and theme, so that its sets hold only its records. */
    private static final class Run {
        final String theme = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        final String campaign = "campaign-" + theme;
        final String year = "2031-2032";

        String themeSet() {
            return "theme:" + campaign + ":" + theme;
        }

        fr.education.traam.contract.productions.ThemeReference themeReference() {
            return new fr.education.traam.contract.productions.ThemeReference(campaign, year, theme, "Thème " + theme);
        }

        ProductionPublished inTheme(ProductionPublished p) {
            return new ProductionPublished(p.productionId(), p.version(), p.type(), p.title(), p.summary(), p.disciplines(), p.levels(),
                    p.competences(), themeReference(), p.academy(), p.academies(), p.url(), p.licence(), p.licenceUrl(), p.content(),
                    p.attachments());
        }

        ProductionPublished scenario(int i, List<String> academies, List<String> disciplines) {
            return inTheme(CatalogueMother.production(CatalogueMother.newId(), 1, ProductionType.SCENARIO, "Scénario " + i + " " + theme,
                    "Résumé " + i, year, theme, "Thème " + theme, academies, disciplines, List.of("CINQUIEME"), List.of("3.1")));
        }

        ProductionPublished module(int i) {
            return inTheme(CatalogueMother.production(CatalogueMother.newId(), 1, ProductionType.TRAINING_MODULE, "Module " + i + " " + theme,
                    "Résumé " + i, year, theme, "Thème " + theme, List.of("10", "16"), List.of("Lettres"), List.of(), List.of()));
        }
    }

    /** A clock the test sets and moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2031-01-01T00:00:00Z");

        void at(String instant) {
            now = Instant.parse(instant);
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
