package id.go.cilegon.sigap.webapp.support;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** A real HTTP client for the running application, with a browser's habits: cookies (session, CSRF) and tokens. */
public final class Http {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

    private static final Pattern NEXT_PAGE = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");
    private static final int MAX_LISTING_PAGES = 200;

    public Http(int port) {
        // Each visitor has its own connections, as separate browsers do: no test inherits another's sockets.
        this.client = WebTestClient.bindToServer(new ReactorClientHttpConnector(
                        HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    public WebTestClient client() {
        return client;
    }

    /** GET a page as this visitor, remembering the cookies it is given (session, language). */
    public EntityExchangeResult<String> page(String path) {
        EntityExchangeResult<String> result = withSession(client.get().uri(path).accept(MediaType.TEXT_HTML))
                .exchange().expectBody(String.class).returnResult();
        remember(result);
        return result;
    }

    /**
     * Every page of a long listing (a queue, the supervision page) as one text: the first page and each page its
     * "next" link leads to, as an officer reads them. Listings are shared by every test of the application, so a
     * test's own case can be on any page.
     */
    public String listing(String path) {
        StringBuilder whole = new StringBuilder();
        String next = path;
        for (int read = 0; next != null; read++) {
            if (read == MAX_LISTING_PAGES) {
                throw new AssertionError(path + " has more than " + MAX_LISTING_PAGES + " pages");
            }
            String html = page(next).getResponseBody();
            whole.append(html);
            Matcher link = NEXT_PAGE.matcher(html);
            next = link.find() ? link.group(1).replace("&amp;", "&") : null;
        }
        return whole.toString();
    }

    /** POST a form the way a browser does: with the CSRF token of the page the form is on. */
    public EntityExchangeResult<String> submit(String formPage, String action, MultiValueMap<String, String> fields) {
        return submitLater(formPage, action, fields).get();
    }

    /**
     * A form POST as {@link #submit} sends it, with the CSRF token taken from the form's page now and the form sent
     * only when the returned call runs: for tests that must send at a moment of their choosing.
     */
    public Supplier<EntityExchangeResult<String>> submitLater(String formPage, String action,
            MultiValueMap<String, String> fields) {
        String token = csrfToken(page(formPage).getResponseBody());
        MultiValueMap<String, String> withToken = new LinkedMultiValueMap<>(fields);
        withToken.add("_csrf", token);
        return () -> {
            EntityExchangeResult<String> result = withSession(client.post().uri(action).accept(MediaType.TEXT_HTML)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED))
                    .body(BodyInserters.fromFormData(withToken))
                    .exchange().expectBody(String.class).returnResult();
            remember(result);
            return result;
        };
    }

    /**
     * POST a multipart form (text fields and files) the way a browser does, with the CSRF token of the page the form
     * is on as one more part.
     */
    public EntityExchangeResult<String> submitMultipart(String formPage, String action, MultipartBodyBuilder parts) {
        parts.part("_csrf", csrfToken(page(formPage).getResponseBody()));
        return postMultipart(action, parts, MediaType.TEXT_HTML);
    }

    /** POST a multipart body as this visitor, without a CSRF token (the citizens' API needs none). */
    public EntityExchangeResult<String> postMultipart(String path, MultipartBodyBuilder parts, MediaType accept) {
        EntityExchangeResult<String> result = withSession(client.post().uri(path).accept(accept)
                .contentType(MediaType.MULTIPART_FORM_DATA))
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange().expectBody(String.class).returnResult();
        remember(result);
        return result;
    }

    /**
     * POST JSON to the officers' API the way a script in an officer's session does: with the session cookie and
     * the CSRF token of {@code tokenPage} in the {@code X-CSRF-TOKEN} header, which the token's cookie must match.
     */
    public EntityExchangeResult<String> postJson(String tokenPage, String path, Object body) {
        return postJsonLater(tokenPage, path, body).get();
    }

    /** A JSON POST as {@link #postJson} sends it, with the CSRF token taken now and the body sent when the call runs. */
    public Supplier<EntityExchangeResult<String>> postJsonLater(String tokenPage, String path, Object body) {
        String token = csrfToken(page(tokenPage).getResponseBody());
        return () -> postJsonWithToken(token, path, body);
    }

    /** POST JSON to the officers' API with a CSRF token already read from one of this session's pages. */
    public EntityExchangeResult<String> postJsonWithToken(String token, String path, Object body) {
        EntityExchangeResult<String> result = withSession(client.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON).header("X-CSRF-TOKEN", token))
                .bodyValue(body).exchange().expectBody(String.class).returnResult();
        remember(result);
        return result;
    }

    /** GET a file (a PDF, a spreadsheet) as this visitor. */
    public EntityExchangeResult<byte[]> download(String path) {
        EntityExchangeResult<byte[]> result = withSession(client.get().uri(path)).exchange()
                .expectBody(byte[].class).returnResult();
        remember(result);
        return result;
    }

    /** GET from the officers' API with this visitor's session. */
    public EntityExchangeResult<String> getJson(String path) {
        EntityExchangeResult<String> result = withSession(client.get().uri(path).accept(MediaType.APPLICATION_JSON))
                .exchange().expectBody(String.class).returnResult();
        remember(result);
        return result;
    }

    /** The login form sent as an officer sends it, whatever comes of it. */
    public EntityExchangeResult<String> submitLogin(String username, String password) {
        MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
        credentials.add("username", username);
        credentials.add("password", password);
        return submit("/masuk", "/masuk", credentials);
    }

    /** Logs in, or fails the test saying where the login led instead. */
    public void logIn(String username, String password) {
        EntityExchangeResult<String> result = submitLogin(username, password);
        if (!String.valueOf(result.getResponseHeaders().getLocation()).startsWith("/petugas")) {
            throw new AssertionError("Login of " + username + " failed: " + result.getResponseHeaders().getLocation());
        }
    }

    /** This visitor with the cookies it holds, reaching another node, as the reverse proxy may send it there. */
    public Http at(int port) {
        Http moved = new Http(port);
        moved.cookies.putAll(cookies);
        return moved;
    }

    /** The value of a cookie this visitor holds (the session's is {@code SESSION}), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The {@code Cookie} header this visitor sends, for a request made another way (e.g. {@link RawHttp}). */
    public String cookieHeader() {
        return String.join("; ", cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("The page has no CSRF field");
        }
        return matcher.group(1).replace("&#45;", "-");
    }

    private <S extends WebTestClient.RequestHeadersSpec<?>> S withSession(S request) {
        cookies.forEach(request::cookie);
        return request;
    }

    private void remember(EntityExchangeResult<?> result) {
        result.getResponseCookies().forEach((name, values) -> {
            ResponseCookie cookie = values.get(values.size() - 1);
            if (cookie.getMaxAge().isZero()) {
                cookies.remove(name);
            } else {
                cookies.put(name, cookie.getValue());
            }
        });
    }
}
