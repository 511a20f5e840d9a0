package fr.education.traam.identity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays the gateway, and the browser behind it, against the provider over real HTTP: a cookie jar, no automatic
 * redirects (each one is looked at), the authorization code flow with PKCE through the real login form.
 */
public final class GatewayPlayer {

    public static final String CLIENT = "traam-gateway";
    public static final String SECRET = "traam-gateway-local-secret";
    public static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/traam";
    public static final String POST_LOGOUT_URI = "http://localhost:8080/";
    public static final String PASSWORD = "traam-demo";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI base;
    private final HttpClient http;

    public GatewayPlayer(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A PKCE pair: the verifier the gateway keeps and its S256 challenge, which goes in the authorization request. */
    public record Pkce(String verifier, String challenge) {

        public static Pkce create() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The authorization request as a browser sends it, with the challenge when {@code pkce} is given. */
    public HttpResponse<String> authorize(Optional<Pkce> pkce, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT);
        query.put("scope", "openid profile email");
        query.put("redirect_uri", REDIRECT_URI);
        query.put("state", state);
        query.put("nonce", "nonce-" + state);
        pkce.ifPresent(pair -> {
            query.put("code_challenge", pair.challenge());
            query.put("code_challenge_method", "S256");
        });
        return getHtml("/oauth2/authorize?" + form(query));
    }

    public HttpResponse<String> getHtml(String pathOrUrl) {
        return send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET().build());
    }

    /** Posts a form as a browser would, with whatever fields it is given and nothing more. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
    }

    /** Posts the login form as a browser would, with the CSRF token of the form it was served. */
    public HttpResponse<String> submitLogin(String username, String password) {
        HttpResponse<String> page = getHtml("/login");
        String csrf = csrfOf(page.body());
        return send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf", csrf))))
                .build());
    }

    /**
     * The whole browser side: the authorization request, the login form, back to the authorization endpoint, and the
     * code it sends to the gateway's redirect URI.
     */
    public String logInAndGetCode(String username, Pkce pkce) {
        String state = UUID.randomUUID().toString();
        HttpResponse<String> first = authorize(Optional.of(pkce), state);
        requireRedirect(first, base.resolve("/login").toString());
        HttpResponse<String> login = submitLogin(username, PASSWORD);
        String back = location(login);
        if (!back.contains("/oauth2/authorize")) {
            throw new AssertionError("the login did not go back to the authorization request but to " + back);
        }
        HttpResponse<String> authorized = getHtml(back);
        return codeOf(authorized, state);
    }

    /** The code of a redirect to the gateway, checking its state. */
    public static String codeOf(HttpResponse<String> response, String state) {
        String location = location(response);
        if (!location.startsWith(REDIRECT_URI + "?")) {
            throw new AssertionError("expected a redirect to the gateway, got " + response.statusCode() + " " + location);
        }
        Map<String, String> query = queryOf(location);
        if (!state.equals(query.get("state"))) {
            throw new AssertionError("state lost: " + location);
        }
        String code = query.get("code");
        if (code == null) {
            throw new AssertionError("no code in " + location);
        }
        return code;
    }

    public HttpResponse<String> exchange(String code, String verifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", REDIRECT_URI);
        if (verifier != null) {
            body.put("code_verifier", verifier);
        }
        return token(CLIENT, SECRET, body);
    }

    public HttpResponse<String> refresh(String refreshToken) {
        return token(CLIENT, SECRET, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    public HttpResponse<String> clientCredentials(String clientId, String secret) {
        return token(clientId, secret, Map.of("grant_type", "client_credentials"));
    }

    public HttpResponse<String> token(String clientId, String secret, Map<String, String> body) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build());
    }

    public HttpResponse<String> withBearer(String path, String accessToken) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json").GET().build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String location(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new AssertionError("expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("redirect without Location"));
    }

    public static void requireRedirect(HttpResponse<String> response, String to) {
        String location = location(response);
        if (!location.equals(to)) {
            throw new AssertionError("expected a redirect to " + to + ", got " + location);
        }
    }

    public static Map<String, String> queryOf(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    public static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the login form carries no CSRF token:\n" + html);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
