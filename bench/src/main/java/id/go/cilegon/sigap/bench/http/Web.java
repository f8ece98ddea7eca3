package id.go.cilegon.sigap.bench.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of Sigap over real HTTP: a citizen (no cookies needed) or an officer with a session cookie, the CSRF
 * token's cookie and that token, which the officers' JSON API wants as the {@code X-CSRF-TOKEN} header (README).
 */
public final class Web {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final String baseUrl;
    private final HttpClient client;
    private String csrfToken;

    private Web(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /** Citizens: many at once through one connection pool, no session. */
    public static Web citizens(String baseUrl) {
        return new Web(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** An officer logged in as {@code username}, with their CSRF token. */
    public static Web officer(String baseUrl, String username, String password) {
        Web web = loggedIn(baseUrl, username, password);
        web.csrfToken = csrf(web.get("/petugas/notifikasi").body());
        return web;
    }

    /** Logged in as {@code username}, for reading only (an administrator has no case pages to take a token from). */
    public static Web loggedIn(String baseUrl, String username, String password) {
        Web web = new Web(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build());
        String loginToken = csrf(web.get("/masuk").body());
        Response login = web.postForm("/masuk", Map.of("username", username, "password", password,
                "_csrf", loginToken));
        String location = login.location();
        if (login.status() != 302 || location == null || !location.startsWith("/petugas")) {
            throw new IllegalStateException("Login of " + username + " failed: " + login.status() + " " + location);
        }
        return web;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET());
    }

    /** JSON to the citizens' API, or with this officer's session and CSRF token to the officers' API. */
    public Response postJson(String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** A multipart form of text fields, as the complaint form and its API take it. */
    public Response postMultipart(String path, Map<String, String> fields) {
        String boundary = "sigap-bench-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no CSRF field");
        }
        return matcher.group(1).replace("&#45;", "-");
    }

    /** An answer: status, body, and the {@code Location} header if any. */
    public record Response(int status, String body, String location) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }
}
