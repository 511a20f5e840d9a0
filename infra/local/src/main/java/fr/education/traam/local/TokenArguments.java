package fr.education.traam.local;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./traam token ROLE [ROLE…] [--academy CODE] [--subject NAME] [--email ADDRESS] [--ttl 8h]} asks for,
 * checked against the platform's roles, the ministry codes of the 30 académies and the form of an e-mail address, so a
 * typo fails here rather than as a puzzling 403 later.
 *
 * @param roles   one or more platform roles
 * @param academy ministry code of the académie, or {@code null} for a national role
 * @param subject the {@code sub} claim
 * @param ttl     how long the token is valid
 * @param email   the {@code email} claim, by which the groups service knows a member, or {@code null}
 */
record TokenArguments(List<String> roles, String academy, String subject, Duration ttl, String email) {

    static final String USAGE =
            "usage: ./traam token ROLE [ROLE...] [--academy CODE] [--subject NAME] [--email ADDRESS] [--ttl 8h]";

    static final List<String> ROLES = List.of(
            "DNE_EXPERT", "INSPECTOR_GENERAL", "DAN", "ACADEMIC_INSPECTOR", "TEACHER", "CARDIE", "EDITOR", "OPERATOR");

    /** Roles whose rights stop at one académie: a token without an académie is allowed but grants them little. */
    static final Set<String> ACADEMY_ROLES = Set.of("DAN", "ACADEMIC_INSPECTOR", "TEACHER", "CARDIE");

    /** Ministry codes of the 30 académies (DOMAIN.md, "Académies"); 05, 21 and 26 no longer exist. */
    static final List<String> ACADEMIES = List.of(
            "01", "02", "03", "04", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "22", "23", "24", "25", "27", "28", "31", "32", "33", "43", "70");

    static final Duration DEFAULT_TTL = Duration.ofHours(8);

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

    /**
     * The platform's form of an e-mail address ({@code EmailAddress.PATTERN} in reference-data, which the launcher
     * does not depend on): local part, {@code @}, a dotted domain.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    TokenArguments {
        roles = List.copyOf(roles);
    }

    TokenArguments(List<String> roles, String academy, String subject, Duration ttl) {
        this(roles, academy, subject, ttl, null);
    }

    static TokenArguments parse(List<String> arguments) {
        Set<String> roles = new LinkedHashSet<>();
        String academy = null;
        String subject = null;
        String email = null;
        Duration ttl = DEFAULT_TTL;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--academy" -> academy = academy(value(arguments, ++i, argument));
                case "--subject" -> subject = subject(value(arguments, ++i, argument));
                case "--email" -> email = email(value(arguments, ++i, argument));
                case "--ttl" -> ttl = ttl(value(arguments, ++i, argument));
                default -> {
                    if (argument.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + argument + "\n" + USAGE);
                    }
                    roles.add(role(argument));
                }
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is needed (" + String.join(", ", ROLES) + ")\n" + USAGE);
        }
        List<String> ordered = new ArrayList<>(roles);
        if (subject == null) {
            subject = "local-" + ordered.get(0).toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return new TokenArguments(ordered, academy, subject, ttl, email);
    }

    /** Whether a role scoped to one académie was asked for without an académie. */
    boolean lacksAcademy() {
        return academy == null && roles.stream().anyMatch(ACADEMY_ROLES::contains);
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return arguments.get(index);
    }

    private static String role(String argument) {
        String role = argument.toUpperCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + argument + "; roles are " + String.join(", ", ROLES));
        }
        return role;
    }

    private static String academy(String code) {
        if (!ACADEMIES.contains(code)) {
            throw new IllegalArgumentException("unknown académie code " + code
                    + "; codes are " + String.join(", ", ACADEMIES) + " (e.g. 25 for Versailles)");
        }
        return code;
    }

    private static String subject(String subject) {
        if (subject.isBlank()) {
            throw new IllegalArgumentException("--subject must not be blank");
        }
        return subject;
    }

    private static String email(String address) {
        if (!EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("--email " + address
                    + " is not an e-mail address (e.g. sophie.durand@ac-lyon.fr)");
        }
        return address;
    }

    /** {@code 90s}, {@code 30m}, {@code 8h}, {@code 2d}, or ISO-8601 such as {@code PT1H30M}. */
    static Duration ttl(String text) {
        Duration ttl;
        Matcher shortForm = SHORT_DURATION.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            ttl = switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                ttl = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--ttl " + text + " is not a duration (e.g. 30m, 8h, 2d, PT1H30M)");
            }
        }
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("--ttl must be positive: " + text);
        }
        return ttl;
    }
}
