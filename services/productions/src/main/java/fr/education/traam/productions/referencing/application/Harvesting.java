package fr.education.traam.productions.referencing.application;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.productions.catalogue.CatalogueChanges;
import fr.education.traam.productions.catalogue.CatalogueEntries;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.CatalogueSet;
import fr.education.traam.productions.production.application.ProductionsProperties;
import fr.education.traam.productions.referencing.OaiDate;
import fr.education.traam.productions.referencing.OaiError;
import fr.education.traam.productions.referencing.OaiErrorCode;
import fr.education.traam.productions.referencing.OaiIdentifiers;
import fr.education.traam.productions.referencing.OaiRequest;
import fr.education.traam.productions.referencing.OaiVerb;
import fr.education.traam.productions.referencing.ResumptionToken;
import fr.education.traam.productions.referencing.ResumptionTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The harvest of the catalogue's scenarios and training modules (the kinds Édubase references), answering each protocol
 * request with what the web writes as XML (ADR 28). Lists follow the catalogue's stable order, (last change, id), and
 * resume after the last record sent, so that a harvest paging while records change neither skips nor repeats one that
 * did not change.
 */
@Service
public class Harvesting {

    /** The kinds referenced: the other productions are the platform's own (reports, supports, syntheses). */
    public static final Set<ProductionType> REFERENCED = Set.of(ProductionType.SCENARIO, ProductionType.TRAINING_MODULE);
    /** The roots of the set hierarchy, there even before anything is published: sets always exist. */
    private static final List<CatalogueSet> ROOTS = List.of(new CatalogueSet("academy", "Par académie"),
            new CatalogueSet("campaign", "Par campagne"), new CatalogueSet("discipline", "Par discipline"),
            new CatalogueSet("theme", "Par thème"));
    private static final Logger log = LoggerFactory.getLogger(Harvesting.class);

    private final CatalogueEntries catalogue;
    private final OaiProperties properties;
    private final OaiIdentifiers identifiers;
    private final ResumptionTokens tokens;
    private final String baseUrl;
    private final Clock clock;

    public Harvesting(CatalogueEntries catalogue, OaiProperties properties, ProductionsProperties productions) {
        this.catalogue = catalogue;
        this.properties = properties;
        this.identifiers = new OaiIdentifiers(properties.repositoryIdentifier());
        this.clock = Clock.systemUTC();
        this.tokens = new ResumptionTokens(key(properties.tokenSecret()), clock);
        String base = productions.publicBaseUrl().toString();
        this.baseUrl = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/oai";
    }

    public String baseUrl() {
        return baseUrl;
    }

    public OaiIdentifiers identifiers() {
        return identifiers;
    }

    /** The answer to {@code request}, whose formats are {@code prefixes}. */
    public Answer answer(OaiRequest request, Set<String> prefixes) {
        return switch (request.verb()) {
            case Identify -> new Identified(properties.repositoryName(), baseUrl, properties.adminEmails(),
                    catalogue.earliestChange(REFERENCED).orElseGet(clock::instant));
            case ListMetadataFormats -> formats(request, prefixes);
            case ListSets -> request.argument("resumptionToken").<Answer>map(token -> badToken())
                    .orElseGet(this::sets);
            case GetRecord -> record(request, prefixes);
            case ListIdentifiers, ListRecords -> list(request, prefixes);
        };
    }

    private Answer formats(OaiRequest request, Set<String> prefixes) {
        Optional<String> identifier = request.argument("identifier");
        if (identifier.isPresent() && entry(identifier.get()).isEmpty()) {
            return unknown(identifier.get());
        }
        // Every record, even a deleted one, is offered in every format: noMetadataFormats cannot happen.
        return new Formats(prefixes.stream().sorted().toList());
    }

    private Answer sets() {
        Map<String, CatalogueSet> sets = new LinkedHashMap<>();
        ROOTS.forEach(set -> sets.put(set.spec(), set));
        catalogue.sets(REFERENCED).forEach(set -> sets.putIfAbsent(set.spec(), set));
        return new Sets(List.copyOf(sets.values()));
    }

    private Answer record(OaiRequest request, Set<String> prefixes) {
        List<OaiError> errors = new ArrayList<>();
        String prefix = request.argument("metadataPrefix").orElseThrow();
        if (!prefixes.contains(prefix)) {
            errors.add(cannotDisseminate(prefix));
        }
        String identifier = request.argument("identifier").orElseThrow();
        Optional<CatalogueEntry> entry = entry(identifier);
        if (entry.isEmpty()) {
            errors.add(new OaiError(OaiErrorCode.idDoesNotExist, "No record has the identifier " + identifier + "."));
        }
        return errors.isEmpty() ? new Single(prefix, entry.orElseThrow()) : new Errors(errors);
    }

    private Answer list(OaiRequest request, Set<String> prefixes) {
        ResumptionToken resumed = null;
        Optional<String> token = request.argument("resumptionToken");
        if (token.isPresent()) {
            resumed = tokens.read(token.get()).filter(read -> read.verb() == request.verb()).orElse(null);
            if (resumed == null) {
                return badToken();
            }
        }
        String prefix = resumed != null ? resumed.metadataPrefix() : request.argument("metadataPrefix").orElseThrow();
        if (!prefixes.contains(prefix)) {
            return resumed != null ? badToken() : new Errors(List.of(cannotDisseminate(prefix)));
        }
        String set = resumed != null ? resumed.set() : request.argument("set").orElse(null);
        String from = resumed != null ? resumed.from() : request.argument("from").orElse(null);
        String until = resumed != null ? resumed.until() : request.argument("until").orElse(null);
        CatalogueChanges changes = new CatalogueChanges(REFERENCED, set, from == null ? null : OaiDate.parse(from).orElseThrow().first(),
                until == null ? null : OaiDate.parse(until).orElseThrow().last());
        CatalogueChanges.Position after = resumed == null ? null : new CatalogueChanges.Position(resumed.lastChangedAt(), resumed.lastId());
        int size = properties.pageSize();
        List<CatalogueEntry> page = catalogue.changes(changes, after, size + 1);
        if (page.isEmpty()) {
            return new Errors(List.of(new OaiError(OaiErrorCode.noRecordsMatch, "No record matches these arguments.")));
        }
        boolean more = page.size() > size;
        List<CatalogueEntry> sent = more ? page.subList(0, size) : page;
        long cursor = resumed == null ? 0 : resumed.cursor();
        Page.Token next = null;
        if (more || resumed != null) {
            // The complete list is counted as it is now: records changed meanwhile may make it move, as the protocol allows.
            long total = Math.max(catalogue.count(changes), cursor + sent.size());
            if (more) {
                CatalogueEntry last = sent.get(sent.size() - 1);
                Instant expires = clock.instant().plus(properties.tokenLifetime());
                String value = tokens.write(new ResumptionToken(request.verb(), prefix, set, from, until, last.changedAt(),
                        last.productionId(), cursor + sent.size(), expires));
                next = new Page.Token(value, expires, total, cursor);
            } else {
                next = new Page.Token("", null, total, cursor);
            }
        }
        return new Page(request.verb(), prefix, List.copyOf(sent), next);
    }

    /** A record of this repository, published or withdrawn, of a kind it references. */
    private Optional<CatalogueEntry> entry(String identifier) {
        return identifiers.productionOf(identifier).flatMap(catalogue::find)
                .filter(entry -> REFERENCED.contains(entry.kind()) && entry.changedAt() != null);
    }

    private static Errors unknown(String identifier) {
        return new Errors(List.of(new OaiError(OaiErrorCode.idDoesNotExist, "No record has the identifier " + identifier + ".")));
    }

    private static OaiError cannotDisseminate(String prefix) {
        return new OaiError(OaiErrorCode.cannotDisseminateFormat, "The metadata format " + prefix + " is not offered here.");
    }

    private static Errors badToken() {
        return new Errors(List.of(new OaiError(OaiErrorCode.badResumptionToken,
                "The resumption token is unknown, changed or expired: start the list again.")));
    }

    private static byte[] key(String secret) {
        if (secret == null || secret.isBlank()) {
            log.info("traam.productions.oai.token-secret is not set: resumption tokens are signed with a key drawn now, "
                    + "and hold only until this instance stops");
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return key;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is unavailable", unavailable);
        }
    }

    /** What a request is answered with. */
    public sealed interface Answer permits Identified, Formats, Sets, Single, Page, Errors {
    }

    public record Identified(String repositoryName, String baseUrl, List<String> adminEmails, Instant earliestDatestamp)
            implements Answer {
    }

    public record Formats(List<String> prefixes) implements Answer {
    }

    public record Sets(List<CatalogueSet> sets) implements Answer {
    }

    public record Single(String prefix, CatalogueEntry entry) implements Answer {
    }

    /**
     * A page of headers (ListIdentifiers) or records (ListRecords).
     *
     * @param token {@code null} when the whole list fits in this one response
     */
    public record Page(OaiVerb verb, String prefix, List<CatalogueEntry> entries, Token token) implements Answer {

        /**
         * @param value     empty on the last page
         * @param expiresAt {@code null} on the last page
         * @param cursor    how many were sent before this page
         */
        public record Token(String value, Instant expiresAt, long completeListSize, long cursor) {
        }
    }

    public record Errors(List<OaiError> errors) implements Answer {
    }
}
