package fr.education.traam.journey;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser without a screen: {@link HttpClient} with a cookie jar (cookies ignore ports, so the gateway's, web's and
 * the provider's cookies on {@code localhost} share it, as in a browser), HTTP/1.1 on kept-alive connections, and no
 * redirect followed by itself: the test follows each {@code Location} so that every hop is asserted.
 *
 * <p>Every answer is kept ({@link #exchanges()}): a test checks what the browser ever held or was shown, e.g. that no
 * token reached it. A hop slower than {@link #SLOW} is logged with its time: the gateway's kept-alive connection stall
 * (gateway.md, what is left) would show there as a hop of about 15 s.
 */
final class CookieBrowser {

    private static final Logger log = LoggerFactory.getLogger(CookieBrowser.class);
    private static final Duration SLOW = Duration.ofSeconds(5);
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");

    /** One request and what came back: the status, the {@code Location}, the {@code Set-Cookie}s and the body. */
    record Exchange(String method, URI uri, int status, Optional<String> location, List<String> setCookies, String body,
                    Duration took) {
    }

    private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Exchange> exchanges = new ArrayList<>();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
    }

    /** A form as a browser posts it: {@code application/x-www-form-urlencoded}, fields in order. */
    HttpResponse<String> post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A call of the API with nothing but what the jar holds, as a page's script or a cross-site form would send it. */
    HttpResponse<String> getJson(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET());
    }

    /** The next hop of a redirect: the {@code Location}, resolved against the address that answered it. */
    static URI next(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location in the " + redirect.statusCode() + " of " + redirect.uri()));
        return redirect.uri().resolve(location);
    }

    /** The cookies the jar holds now for {@code uri}, by name. */
    List<HttpCookie> cookies(URI uri) {
        return jar.getCookieStore().get(uri);
    }

    /** Every cookie the jar holds, whatever its address. */
    List<HttpCookie> allCookies() {
        return jar.getCookieStore().getCookies();
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The value of the hidden field {@code name} of the page's first form that has one. */
    static String hiddenField(String page, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
        if (!input.find()) {
            throw new AssertionError("no field " + name + " in the page:\n" + page);
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        if (!value.find()) {
            throw new AssertionError("the field " + name + " has no value: " + input.group());
        }
        return value.group(1);
    }

    /** The text a person reads: the body without its tags, the entities Thymeleaf writes turned back into characters. */
    static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("\\s+", " ");
    }

    /** Whether {@code text} holds something shaped like a JWT (a base64url JSON header, a dot, more base64url). */
    static boolean holdsAJwt(String text) {
        return text != null && JWT.matcher(text).find();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (took.compareTo(SLOW) > 0) {
                log.warn("{} {} took {} ms: a stalled kept-alive connection? (gateway.md, what is left)", built.method(),
                        built.uri(), took.toMillis());
            }
            exchanges.add(new Exchange(built.method(), built.uri(), response.statusCode(),
                    response.headers().firstValue("Location"), response.headers().allValues("Set-Cookie"), response.body(), took));
            return response;
        } catch (IOException e) {
            throw new AssertionError(built.method() + " " + built.uri() + " failed after "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
