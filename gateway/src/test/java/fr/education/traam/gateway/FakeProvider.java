package fr.education.traam.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a loopback port speaking the part of OpenID Connect the gateway uses (token endpoint with the
 * authorization code + PKCE and refresh token grants, JWK set, userinfo), with real RS256 tokens signed by the key
 * {@link TestTokens} trusts. It stands for {@code infra/identity} (Spring Authorization Server), which is not in this
 * branch; the integrator's browser journey runs the real one. The test plays the browser's part at the provider: it
 * {@linkplain #issueCode issues the code} the login page would have sent back.
 */
final class FakeProvider implements AutoCloseable {

    static final String CLIENT_ID = "traam-gateway";
    static final String CLIENT_SECRET = "traam-gateway-local-secret";

    record PendingCode(String subject, String nonce, String codeChallenge, String redirectUri) {
    }

    /** What the token endpoint received, for the test to check (grant type, refresh token, PKCE verifier). */
    record TokenRequest(String grantType, Map<String, String> form, String authorization) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> issuedAccessTokens = new CopyOnWriteArrayList<>();
    private final List<String> issuedRefreshTokens = new CopyOnWriteArrayList<>();
    private final List<String> issuedIdTokens = new CopyOnWriteArrayList<>();
    private volatile Duration accessTokenLifetime = Duration.ofMinutes(5);
    private volatile boolean refusesRefresh;
    private volatile Duration tokenDelay = Duration.ZERO;

    private FakeProvider(HttpServer server) {
        this.server = server;
    }

    static FakeProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeProvider provider = new FakeProvider(server);
            server.createContext("/", provider::handle);
            server.setExecutor(provider.executor);
            server.start();
            return provider;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the provider's login page does once the person has typed their password: a code for this login. */
    String issueCode(String subject, String nonce, String codeChallenge, String redirectUri) {
        String code = UUID.randomUUID().toString();
        codes.put(code, new PendingCode(subject, nonce, codeChallenge, redirectUri));
        return code;
    }

    /** Access tokens live this long from now on; under the gateway's 60 s clock skew, each is due for refresh. */
    void accessTokensLive(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    /** As when the refresh token has expired (8 h), been revoked or the person's session ended at the provider. */
    void refuseRefreshTokens() {
        refusesRefresh = true;
    }

    /** Back to accepting each refresh token once, as after {@link #start()}. */
    void acceptRefreshTokens() {
        refusesRefresh = false;
    }

    /** The token endpoint answers this long after a request, as a busy provider does: long enough for requests to meet. */
    void answerTokensAfter(Duration delay) {
        tokenDelay = delay;
    }

    List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    List<String> issuedAccessTokens() {
        return List.copyOf(issuedAccessTokens);
    }

    List<String> issuedRefreshTokens() {
        return List.copyOf(issuedRefreshTokens);
    }

    List<String> issuedIdTokens() {
        return List.copyOf(issuedIdTokens);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            switch (path) {
                case "/oauth2/token" -> token(exchange);
                case "/oauth2/jwks" -> reply(exchange, 200, TestTokens.jwkSet());
                case "/userinfo" -> userInfo(exchange);
                default -> reply(exchange, 404, "{\"error\":\"not_found\"}");
            }
        }
        catch (RuntimeException e) {
            reply(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        tokenRequests.add(new TokenRequest(form.get("grant_type"), form, authorization));
        try {
            Thread.sleep(tokenDelay.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(authorization)) {
            reply(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        switch (String.valueOf(form.get("grant_type"))) {
            case "authorization_code" -> {
                PendingCode pending = codes.remove(String.valueOf(form.get("code")));
                if (pending == null || !pending.redirectUri().equals(form.get("redirect_uri"))
                        || !pending.codeChallenge().equals(s256(form.get("code_verifier")))) {
                    reply(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                reply(exchange, 200, tokens(pending.subject(), pending.nonce()));
            }
            case "refresh_token" -> {
                String subject = refusesRefresh ? null : refreshTokens.remove(String.valueOf(form.get("refresh_token")));
                if (subject == null) {
                    reply(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                reply(exchange, 200, tokens(subject, null));
            }
            default -> reply(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    /** A new access token and a rotated refresh token, and an ID token for a login (with its nonce). */
    private String tokens(String subject, String nonce) {
        Instant now = Instant.now();
        String access = TestTokens.signed(new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(accessTokenLifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("DAN"))
                .claim("academy", "10")
                .build());
        String refresh = UUID.randomUUID().toString();
        accessTokens.put(access, subject);
        refreshTokens.put(refresh, subject);
        issuedAccessTokens.add(access);
        issuedRefreshTokens.add(refresh);
        StringBuilder json = new StringBuilder("{\"access_token\":\"").append(access)
                .append("\",\"token_type\":\"Bearer\",\"expires_in\":").append(accessTokenLifetime.toSeconds())
                .append(",\"refresh_token\":\"").append(refresh).append("\",\"scope\":\"openid profile email\"");
        if (nonce != null) {
            String id = TestTokens.idToken(new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject(subject)
                    .audience(CLIENT_ID)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                    .claim("nonce", nonce)
                    .claim("name", "Dan Lyon")
                    .claim("email", "dan@ac-lyon.fr")
                    .build());
            issuedIdTokens.add(id);
            json.append(",\"id_token\":\"").append(id).append('"');
        }
        return json.append('}').toString();
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String subject = authorization.startsWith("Bearer ") ? accessTokens.get(authorization.substring(7)) : null;
        if (subject == null) {
            reply(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        reply(exchange, 200, "{\"sub\":\"" + subject + "\",\"name\":\"Dan Lyon\",\"email\":\"dan@ac-lyon.fr\"}");
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
