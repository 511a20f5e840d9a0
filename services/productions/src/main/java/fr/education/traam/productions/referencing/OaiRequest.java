package fr.education.traam.productions.referencing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A protocol request whose arguments are well formed for its verb (specification, sections 3.1 and 4): each at most
 * once, only those its verb allows, the required ones unless an exclusive {@code resumptionToken} stands for them,
 * dates of one granularity with {@code from} not after {@code until}. Whether the format, record or token exists is
 * the harvest's to say.
 *
 * @param arguments every argument but {@code verb}, as given
 */
public record OaiRequest(OaiVerb verb, Map<String, String> arguments, OaiDate from, OaiDate until) implements ParsedRequest {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
    /** What XML 1.0 cannot carry, even escaped: an argument holding it could not be echoed. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    public OaiRequest {
        arguments = Map.copyOf(arguments);
    }

    public Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    /** The request, or why it is not one (badVerb, or every badArgument found). */
    public static ParsedRequest parse(Map<String, List<String>> parameters) {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.size() != 1) {
            return new RefusedRequest(List.of(new OaiError(OaiErrorCode.badVerb,
                    verbs.isEmpty() ? "The verb argument is missing." : "The verb argument is repeated.")));
        }
        Optional<OaiVerb> named = OaiVerb.named(verbs.get(0));
        if (named.isEmpty()) {
            return new RefusedRequest(List.of(new OaiError(OaiErrorCode.badVerb, "Not an OAI-PMH verb.")));
        }
        OaiVerb verb = named.get();
        List<OaiError> errors = new ArrayList<>();
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String name : new TreeSet<>(parameters.keySet())) {
            if (name.equals("verb")) {
                continue;
            }
            List<String> values = parameters.get(name);
            if (!verb.allows(name)) {
                errors.add(bad("The argument " + printable(name) + " is not one of " + verb + "'s."));
            } else if (values.size() != 1) {
                errors.add(bad("The argument " + name + " is repeated."));
            } else if (NOT_XML.matcher(values.get(0)).find()) {
                errors.add(bad("The argument " + name + " holds characters XML cannot carry."));
            } else {
                arguments.put(name, values.get(0));
            }
        }
        if (!errors.isEmpty()) {
            return new RefusedRequest(errors);
        }
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                return new RefusedRequest(List.of(bad("The resumptionToken argument is exclusive: no other argument may come with it.")));
            }
            return new OaiRequest(verb, arguments, null, null);
        }
        for (String required : new TreeSet<>(verb.required())) {
            if (!arguments.containsKey(required)) {
                errors.add(bad("The argument " + required + " is required by " + verb + "."));
            }
        }
        String prefix = arguments.get("metadataPrefix");
        if (prefix != null && !PREFIX.matcher(prefix).matches()) {
            errors.add(bad("The metadataPrefix is not written as a metadata prefix may be."));
        }
        String set = arguments.get("set");
        if (set != null && !setSpec(set)) {
            errors.add(bad("The set is not written as a setSpec may be."));
        }
        String identifier = arguments.get("identifier");
        if (identifier != null && !uri(identifier)) {
            errors.add(bad("The identifier is not a URI."));
        }
        OaiDate from = date(arguments.get("from"), "from", errors);
        OaiDate until = date(arguments.get("until"), "until", errors);
        if (from != null && until != null) {
            if (from.day() != until.day()) {
                errors.add(bad("The from and until arguments have different granularities."));
            } else if (from.first().isAfter(until.first())) {
                errors.add(bad("The from argument is after the until argument."));
            }
        }
        return errors.isEmpty() ? new OaiRequest(verb, arguments, from, until) : new RefusedRequest(errors);
    }

    private static OaiDate date(String text, String name, List<OaiError> errors) {
        if (text == null) {
            return null;
        }
        Optional<OaiDate> date = OaiDate.parse(text);
        if (date.isEmpty()) {
            errors.add(bad("The " + name + " argument is neither YYYY-MM-DD nor YYYY-MM-DDThh:mm:ssZ."));
        }
        return date.orElse(null);
    }

    private static boolean setSpec(String set) {
        return set.matches("([A-Za-z0-9\\-_.!~*'()])+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    }

    private static boolean uri(String identifier) {
        try {
            return !identifier.isBlank() && new URI(identifier).isAbsolute();
        } catch (URISyntaxException notOne) {
            return false;
        }
    }

    private static String printable(String name) {
        String shown = NOT_XML.matcher(name).replaceAll("?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    private static OaiError bad(String message) {
        return new OaiError(OaiErrorCode.badArgument, message);
    }
}
