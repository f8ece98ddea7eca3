package id.go.cilegon.sigap.webapp.shared;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Malformed requests for Sigap's public endpoints, from one seeded {@link Random}: the same seed gives the same
 * requests, in the same order. Each endpoint is described by its handler method, so the fields of its form or JSON
 * body and the names of its query parameters come from the code, and a new endpoint is covered without a line here.
 *
 * <p>What it sends: hostile path variables and query values (injection strings, template expressions, traversal,
 * overlong, control and bidirectional characters, broken percent-encoding, invalid UTF-8), hostile headers (accept,
 * language, cookies, host), every method the endpoint does not take, and for endpoints that take a body: mutated
 * forms with and without the CSRF token, field names that probe data binding, broken, oversized, deeply nested and
 * wrongly typed JSON, broken multipart bodies and files, bad content types and encodings; the WhatsApp webhook with
 * missing and wrong signatures, and with valid signatures over bodies that are not Meta's. A request that could be
 * valid is always broken at one field at least ({@link Template}), so nothing it sends may be stored.
 */
final class MalformedRequests {

    /** A request to send: method, raw URI (not re-encoded), headers, body, and why it was sent. */
    record Probe(String endpoint, String strategy, String method, String uri, List<String[]> headers, byte[] body) {

        @Override
        public String toString() {
            return endpoint + " [" + strategy + "] " + method + " " + abbreviate(uri, 160);
        }
    }

    /** A public endpoint: method, path pattern, its handler and what its mapping consumes. */
    record Endpoint(String method, String pattern, HandlerMethod handler, List<MediaType> consumes) {

        String key() {
            return method + " " + pattern;
        }

        boolean multipart() {
            return consumes.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
        }

        boolean json() {
            return consumes.stream().anyMatch(MediaType.APPLICATION_JSON::includes)
                    || bodyType() != null && bodyType() != byte[].class;
        }

        boolean raw() {
            return bodyType() == byte[].class;
        }

        Class<?> bodyType() {
            return handler == null ? null : parameter(RequestBody.class);
        }

        Class<?> formType() {
            return handler == null ? null : parameter(ModelAttribute.class);
        }

        List<String> queryNames() {
            List<String> names = new ArrayList<>();
            if (handler != null) {
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                    if (param != null) {
                        names.add(param.name().isEmpty() ? param.value() : param.name());
                    }
                }
            }
            return names;
        }

        private Class<?> parameter(Class<? extends Annotation> annotation) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(annotation)) {
                    return parameter.getParameterType();
                }
            }
            return null;
        }
    }

    /**
     * A body that would be accepted as it is, with its required and closed-choice fields: every probe built from it
     * blanks or drops a required field, puts garbage in a choice, or overruns every field's size limit, before any
     * further noise.
     */
    record Template(Map<String, String> fields, List<String> required, List<String> choices) {
    }

    static final String BOUNDARY = "----sigap-fuzz-7MA4YWxkTrZu0gW";

    /** Values no field, path or parameter of Sigap means to accept as they are. */
    private static final List<String> HOSTILE = List.of(
            "", " ", "\t", "null", "undefined", "true", "-1", "0", "1e309", "NaN", "-0", "99999999999999999999999",
            "0x7fffffff", "1.5", "1,5", "３", "' OR '1'='1", "'; DROP TABLE events;--", "{\"$gt\":\"\"}",
            "{\"$where\":\"sleep(1000)\"}", "[$ne]=1", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${7*7}", "#{7*7}", "[[${7*7}]]", "*{T(java.lang.Runtime).getRuntime()}",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "%s%s%s%n%x", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
            "\u0000", "a\u0000b", "\u202Eevil", "\uFEFF", "Z\u0364\u0351\u0313", "😀🇮🇩", "𝕊𝕚𝕘𝕒𝕡",
            "ａｄｍｉｎ", "a\r\nSet-Cookie: x=1", "\u2028\u2029", "2026-13-45", "31/02/2026", "9999-12-31T23:59:59Z",
            "-999999999-01-01", "PPID/2026/000001", "DEMO-0000-0000-0000-0001", "0000-0000-0000-0000-0000",
            "a".repeat(300), "Ω".repeat(1000), "x".repeat(5000));

    /** Names that probe data binding: nested, indexed, class and prototype paths, and hostile names. */
    private static final List<String> HOSTILE_NAMES = List.of(
            "class.module.classLoader.DefaultAssertionStatus", "class.classLoader", "__proto__", "constructor",
            "a[", "]]", "a[999999999]", "a[-1]", "a..b", "a.b.c.d.e", "", "=", "%", "x".repeat(500), "😀",
            "_csrf", "lang", "nama.x", "nama[0]");

    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80});

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/octet-stream", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=" + BOUNDARY,
            "application/json; charset=bogus", "application/json; charset=ISO-8859-1", "application/json;;;",
            "*/*", "garbage", "text/", "application/json, text/plain", "application/problem+json",
            "image/png", "application/vnd.api+json", "text/html; charset=UTF-7");

    private static final List<String> ACCEPTS = List.of(
            "application/json", "application/xml", "text/csv", "garbage/", "*/*;q=x", "text/html;q=0",
            "application/problem+json", "image/*", "application/pdf", "text/event-stream", "", "*/*");

    private static final List<String> LANGUAGES = List.of(
            "xx", "*", "id-ID;q=abc", "en-US,en;q=0.9,*;q=-1", "zz-ZZZZ-1234567890", "<script>", "a".repeat(400), "");

    private static final List<String> COOKIES = List.of(
            "sigap-lang=xx", "sigap-lang=<script>", "SESSION=garbage", "SESSION=" + "a".repeat(3000), "sigap-csrf=", "sigap-csrf=" + "%".repeat(300), "=;=;=",
            "SESSION", "sigap-lang=en; sigap-lang=id", "\u0001=\u0002");

    private static final List<String> HOSTS = List.of(
            "exa mple", "[::1", "a:b:c", "%", "localhost:99999", "localhost:-1", "", "..", "xn--", "[fe80::1%25eth0]");

    private static final List<String> OTHER_METHODS = List.of(
            "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "PROPFIND", "FOO");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final Random random;
    private final String csrfCookie;
    private final String csrfToken;
    private final byte[] webhookSecret;
    private final Map<String, Template> templates;

    MalformedRequests(Random random, String csrfCookie, String csrfToken, String webhookSecret,
            Map<String, Template> templates) {
        this.random = random;
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
        this.webhookSecret = webhookSecret.getBytes(StandardCharsets.UTF_8);
        this.templates = templates;
    }

    /**
     * {@code count} probes for {@code endpoint}: a GET with a hostile path, query, header or method; a POST with a
     * malformed body, sent as it is or with one of those on top.
     */
    List<Probe> probes(Endpoint endpoint, int count) {
        List<Probe> probes = new ArrayList<>(count);
        boolean takesBody = endpoint.method().equals("POST");
        for (int i = 0; i < count; i++) {
            Probe base = takesBody ? body(endpoint) : new Probe(endpoint.key(), "get", "GET",
                    fill(endpoint.pattern()), baseHeaders(endpoint), new byte[0]);
            int draw = random.nextInt(takesBody ? 20 : 10);
            if (draw < 3) {
                probes.add(withPath(endpoint, base));
            } else if (draw < 6) {
                probes.add(withQuery(endpoint, base));
            } else if (draw < 8) {
                probes.add(withHeader(base));
            } else if (draw < 10) {
                probes.add(withMethod(endpoint, base));
            } else {
                probes.add(base);
            }
        }
        return probes;
    }

    // ------------------------------------------------------------------------------------------ path and query

    private Probe withPath(Endpoint endpoint, Probe base) {
        String path;
        if (VARIABLE.matcher(endpoint.pattern()).find() && random.nextInt(5) > 0) {
            Matcher variables = VARIABLE.matcher(endpoint.pattern());
            StringBuilder filled = new StringBuilder();
            while (variables.find()) {
                variables.appendReplacement(filled, Matcher.quoteReplacement(hostileSegment()));
            }
            variables.appendTail(filled);
            path = filled.toString();
        } else {
            path = fill(endpoint.pattern()) + pick(List.of("/", "//", "/..", "/../..", "/%2e%2e/%2e%2e/", ";a=b",
                    "/;jsessionid=x", "%2f", "%00", "/%zz", "/x".repeat(200), "/.env", "~", "/%C3%28", "\\..\\"));
        }
        return new Probe(base.endpoint(), base.strategy() + "+path", base.method(), path, base.headers(),
                base.body());
    }

    private String hostileSegment() {
        int draw = random.nextInt(10);
        if (draw < 2) {
            return unknownTrackingCode();
        }
        if (draw < 4) {
            return pick(List.of("%zz", "%", "%0", "%00", "..%2f..%2f", "%2e%2e", "a;b=c", "%C3%28", "%FF%FE",
                    "%252e%252e", "json.xml", "JSON", "exe", "html", "", "x".repeat(3000), "%E2%80%AE"));
        }
        return encode(pick(HOSTILE));
    }

    private Probe withQuery(Endpoint endpoint, Probe base) {
        List<String> names = new ArrayList<>(endpoint.queryNames());
        names.addAll(List.of("lang", "tahun", "halaman", "kode", "status", "format", "page", "size", "sort", "kategori",
                "cari"));
        StringBuilder query = new StringBuilder();
        int parameters = 1 + random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            query.append(i == 0 ? "?" : "&");
            int draw = random.nextInt(10);
            if (draw == 0) {
                query.append(pick(List.of("", "=", "&&&", "%zz=%zz", "a=%C3%28", "a", "=x", "a=1&a=2&a=3",
                        "a[]=1&a[b]=2", "%00=%00", "a=" + "b".repeat(6000))));
            } else if (draw == 1) {
                query.append(encode(pick(HOSTILE_NAMES))).append('=').append(encode(pick(HOSTILE)));
            } else {
                query.append(encode(pick(names))).append('=').append(encode(pick(HOSTILE)));
            }
        }
        return new Probe(base.endpoint(), base.strategy() + "+query", base.method(), base.uri() + query,
                base.headers(), base.body());
    }

    private Probe withHeader(Probe base) {
        List<String[]> headers = new ArrayList<>(base.headers());
        int draw = random.nextInt(4);
        String[] header;
        if (draw == 0) {
            header = new String[] {"Accept", pick(ACCEPTS)};
        } else if (draw == 1) {
            header = new String[] {"Accept-Language", pick(LANGUAGES)};
        } else if (draw == 2) {
            header = new String[] {"Cookie", pick(COOKIES)};
        } else {
            header = new String[] {"Host", pick(HOSTS)};
        }
        headers.removeIf(existing -> existing[0].equals(header[0]));
        headers.add(header);
        return new Probe(base.endpoint(), base.strategy() + "+header", base.method(), base.uri(), headers,
                base.body());
    }

    private Probe withMethod(Endpoint endpoint, Probe base) {
        String method = random.nextInt(4) == 0 ? endpoint.method().equals("GET") ? "POST" : "GET"
                : pick(OTHER_METHODS.stream().filter(other -> !other.equals(endpoint.method())).toList());
        List<String[]> headers = new ArrayList<>(base.headers());
        byte[] body = base.body();
        if (body.length == 0) {
            headers.add(new String[] {"Content-Type", pick(CONTENT_TYPES)});
            body = utf8(pick(HOSTILE));
        }
        return new Probe(base.endpoint(), base.strategy() + "+method", method, base.uri(), headers, body);
    }

    // ------------------------------------------------------------------------------------------------- bodies

    private Probe body(Endpoint endpoint) {
        if (endpoint.raw()) {
            return webhook(endpoint);
        }
        if (endpoint.json()) {
            return json(endpoint);
        }
        if (endpoint.multipart() || random.nextInt(4) == 0 && endpoint.formType() != null) {
            return multipart(endpoint);
        }
        return form(endpoint);
    }

    private Probe form(Endpoint endpoint) {
        List<String[]> headers = baseHeaders(endpoint);
        headers.add(new String[] {"Content-Type", "application/x-www-form-urlencoded"});
        Template template = templates.get(endpoint.key());
        int draw = random.nextInt(10);
        String strategy;
        byte[] body;
        if (template != null && draw < 5) {
            strategy = "form-template";
            body = urlEncoded(withToken(endpoint, broken(template)));
        } else if (draw < 7) {
            strategy = "form-fields";
            body = urlEncoded(withToken(endpoint, hostileFields(endpoint)));
        } else if (draw < 8) {
            strategy = "form-names";
            Map<String, List<String>> fields = withToken(endpoint, new LinkedHashMap<>());
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                fields.put(pick(HOSTILE_NAMES) + (random.nextBoolean() ? "" : "[" + random.nextInt(100000) + "]"),
                        List.of(pick(HOSTILE)));
            }
            body = urlEncoded(fields);
        } else {
            strategy = "form-raw";
            body = pick(List.<Supplier<byte[]>>of(
                    () -> utf8("_csrf=" + csrfToken + "&nama=%zz&%=%&&=="),
                    () -> concat(utf8("_csrf=" + csrfToken + "&nama="), pick(INVALID_UTF8)),
                    () -> utf8("_csrf=" + csrfToken + "&" + "a=1&".repeat(5000)),
                    () -> utf8("_csrf=" + csrfToken + "&nama=" + "x".repeat(70_000)),
                    () -> utf8("{\"nama\":\"json in a form\"}"),
                    () -> randomBytes(1 + random.nextInt(2000)),
                    () -> utf8("_csrf=" + csrfToken + "&unit[300]=x&unit[99999999]=y"))).get();
            if (random.nextInt(5) == 0) {
                headers.removeIf(header -> header[0].equals("Content-Type"));
                headers.add(new String[] {"Content-Type", pick(CONTENT_TYPES)});
            }
        }
        return probe(endpoint, strategy, "POST", fill(endpoint.pattern()), headers, body);
    }

    private Probe json(Endpoint endpoint) {
        List<String[]> headers = baseHeaders(endpoint);
        String contentType = "application/json";
        Template template = templates.get(endpoint.key());
        int draw = random.nextInt(14);
        String strategy;
        byte[] body;
        if (template != null && draw < 4) {
            strategy = "json-template";
            body = utf8(jsonObject(single(broken(template))));
        } else if (draw < 6) {
            strategy = "json-fields";
            body = utf8(jsonObject(randomJsonFields(endpoint.bodyType())));
        } else if (draw < 7) {
            strategy = "json-unknown-field";
            Map<String, Object> fields = new LinkedHashMap<>(template == null
                    ? randomJsonFields(endpoint.bodyType()) : single(template.fields()));
            fields.put(pick(HOSTILE_NAMES), pick(HOSTILE));
            body = utf8(jsonObject(fields));
        } else if (draw < 10) {
            strategy = "json-syntax";
            body = utf8(pick(List.of("", "{", "}", "{\"a\":}", "[1,2", "nul", "{'nama':1}", "{}x", "/*x*/{}",
                    "{\"a\":NaN}", "[]", "\"str\"", "123", "null", "true", "{\"a\":1e999999}",
                    "{\"a\":123456789012345678901234567890}", "{\"\\ud800\":\"\\udc00\\u0000\"}", "\uFEFF{}",
                    "{\"a\":\"\\x41\"}", "{,}", "{\"a\" 1}", "{\"a\":[}]}", "\u0000")));
        } else if (draw < 11) {
            strategy = "json-deep";
            int depth = pick(List.of(600, 2000, 20_000));
            body = utf8(random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        } else if (draw < 12) {
            strategy = "json-large";
            body = utf8(random.nextBoolean() ? "{\"nama\":\"" + "x".repeat(70_000) + "\"}"
                    : "{\"nama\":\"" + "x".repeat(60_000) + "\",\"x\":1}");
        } else if (draw < 13) {
            strategy = "json-encoding";
            int encoding = random.nextInt(3);
            if (encoding == 0) {
                body = concat(utf8("{\"nama\":\""), pick(INVALID_UTF8), utf8("\",\"x\":1}"));
            } else if (encoding == 1) {
                body = "{\"nama\":\"utf-16\",\"x\":1}".getBytes(StandardCharsets.UTF_16);
            } else {
                headers.add(new String[] {"Content-Encoding", "gzip"});
                body = utf8("{\"nama\":\"not gzip\",\"x\":1}");
            }
        } else {
            strategy = "json-content-type";
            contentType = pick(CONTENT_TYPES);
            body = utf8(jsonObject(template == null ? randomJsonFields(endpoint.bodyType())
                    : single(broken(template))));
        }
        headers.add(new String[] {"Content-Type", contentType});
        return probe(endpoint, strategy, "POST", fill(endpoint.pattern()), headers, body);
    }

    private Probe multipart(Endpoint endpoint) {
        List<String[]> headers = baseHeaders(endpoint);
        String contentType = "multipart/form-data; boundary=" + BOUNDARY;
        Template template = templates.get(endpoint.key());
        Map<String, List<String>> fields = template != null && random.nextBoolean()
                ? broken(template) : hostileFields(endpoint);
        fields = withToken(endpoint, fields);
        int draw = random.nextInt(10);
        String strategy;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (draw < 4) {
            strategy = "multipart-fields";
            fields.forEach((name, values) -> values.forEach(value -> part(body, name, null, null, utf8(value))));
            end(body);
        } else if (draw < 7) {
            strategy = "multipart-files";
            fields.forEach((name, values) -> values.forEach(value -> part(body, name, null, null, utf8(value))));
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                part(body, random.nextInt(6) == 0 ? pick(HOSTILE_NAMES) : "lampiran", pick(List.of("foto.jpg",
                        "../../etc/passwd", "a.png\u0000.html", "x".repeat(1000) + ".pdf", "", "😀.gif", "foto")),
                        pick(List.of("image/jpeg", "image/png", "application/pdf", "text/html", "image/svg+xml",
                                "application/x-msdownload", "")), fileBytes());
            }
            end(body);
        } else if (draw < 8) {
            strategy = "multipart-many-parts";
            for (int i = 0; i < 60; i++) {
                part(body, "judul", null, null, utf8("bagian " + i));
            }
            end(body);
        } else {
            strategy = "multipart-broken";
            int broken = random.nextInt(5);
            if (broken == 0) {
                fields.forEach((name, values) -> part(body, name, null, null, utf8(values.get(0))));
            } else if (broken == 1) {
                contentType = "multipart/form-data";
                fields.forEach((name, values) -> part(body, name, null, null, utf8(values.get(0))));
                end(body);
            } else if (broken == 2) {
                write(body, utf8("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nno name\r\n"));
                end(body);
            } else if (broken == 3) {
                write(body, utf8("garbage before\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a"
                        + "\r\n\r\n"));
                write(body, randomBytes(500));
            } else {
                contentType = "multipart/form-data; boundary=other-boundary";
                fields.forEach((name, values) -> part(body, name, null, null, utf8(values.get(0))));
                end(body);
            }
        }
        headers.add(new String[] {"Content-Type", contentType});
        return probe(endpoint, strategy, "POST", fill(endpoint.pattern()), headers, body.toByteArray());
    }

    /** Meta's webhook: no, wrong or valid signatures; bodies that are not deliveries of Meta's format. */
    private Probe webhook(Endpoint endpoint) {
        List<String[]> headers = baseHeaders(endpoint);
        headers.add(new String[] {"Content-Type", random.nextInt(5) == 0 ? pick(CONTENT_TYPES) : "application/json"});
        byte[] body = pick(List.<Supplier<byte[]>>of(
                () -> utf8(pick(HOSTILE)),
                () -> utf8("{\"object\":\"whatsapp_business_account\",\"entry\":" + pick(List.of("1", "\"x\"",
                        "[1]", "[{\"changes\":1}]", "[{\"changes\":[{\"value\":[]}]}]",
                        "[{\"changes\":[{\"value\":{\"messages\":\"x\"}}]}]",
                        "[{\"changes\":[{\"value\":{\"messages\":[{\"id\":1,\"from\":{}}]}}]}]",
                        "[{\"changes\":[{\"value\":{\"messages\":[{\"type\":\"text\"}]}}]}]",
                        "[{\"changes\":[{\"value\":{\"statuses\":[{\"status\":[]}]}}]}]")) + "}"),
                () -> utf8("[".repeat(3000) + "]".repeat(3000)),
                () -> utf8("{\"entry\":\"" + "x".repeat(70_000) + "\"}"),
                () -> concat(utf8("{\"entry\":\""), pick(INVALID_UTF8), utf8("\"}")),
                () -> randomBytes(1 + random.nextInt(3000)),
                () -> new byte[0])).get();
        int signature = random.nextInt(6);
        if (signature == 1) {
            headers.add(new String[] {"X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(randomBytes(32))});
        } else if (signature == 2) {
            headers.add(new String[] {"X-Hub-Signature-256", pick(List.of("", "sha256=", "md5=abc", "sha256=zz",
                    "sha256=" + "0".repeat(5000), "SHA256=" + sign(body), sign(body)))});
        } else if (signature >= 3) {
            headers.add(new String[] {"X-Hub-Signature-256", "sha256=" + sign(body)});
        }
        return probe(endpoint, "webhook-signature-" + Math.min(signature, 3), "POST", fill(endpoint.pattern()),
                headers, body);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * The template with one required field blanked or dropped, a choice spoiled, or every field overrun; then up to
     * two other fields replaced by hostile values, never the broken one.
     */
    private Map<String, List<String>> broken(Template template) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        template.fields().forEach((name, value) -> fields.put(name, List.of(value)));
        int breaking = random.nextInt(template.choices().isEmpty() ? 3 : 4);
        String broken = null;
        if (breaking == 0) {
            broken = pick(template.required());
            fields.remove(broken);
        } else if (breaking == 1) {
            broken = pick(template.required());
            fields.put(broken, List.of(pick(List.of("", " ", "\t", "\u00A0\u2003", "\u200B\uFEFF"))));
        } else if (breaking == 2) {
            String overrun = "y".repeat(4001);
            fields.replaceAll((name, value) -> name.equals("api_key") ? value : List.of(overrun));
        } else {
            broken = pick(template.choices());
            fields.put(broken, List.of(pick(HOSTILE)));
        }
        for (int noise = random.nextInt(3); noise > 0; noise--) {
            String name = pick(new ArrayList<>(fields.keySet()));
            if (!name.equals("api_key") && !name.equals(broken)) {
                fields.put(name, List.of(pick(HOSTILE)));
            }
        }
        return fields;
    }

    /** Fields of the endpoint's form record (or random names) with hostile values. */
    private Map<String, List<String>> hostileFields(Endpoint endpoint) {
        List<String> names = endpoint.formType() == null ? List.of() : fieldNames(endpoint.formType(), "");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (names.isEmpty()) {
            names = List.of("nama", "jawaban", "alasan", "api_key", "service_code", "description", "x");
        }
        for (String name : names) {
            if (random.nextInt(3) > 0) {
                fields.put(name, random.nextInt(8) == 0 ? List.of(pick(HOSTILE), pick(HOSTILE)) : List.of(pick(HOSTILE)));
            }
        }
        return fields;
    }

    private Map<String, List<String>> withToken(Endpoint endpoint, Map<String, List<String>> fields) {
        if (endpoint.pattern().startsWith("/api/") || endpoint.pattern().startsWith("/open311/")) {
            return fields;
        }
        int draw = random.nextInt(10);
        if (draw > 0) {
            fields.put("_csrf", List.of(draw == 1 ? pick(HOSTILE) : csrfToken));
        }
        return fields;
    }

    private Map<String, Object> randomJsonFields(Class<?> type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> names = type == null || !type.isRecord() ? List.of("nama", "x") : fieldNames(type, "");
        for (String name : names) {
            if (random.nextInt(3) > 0) {
                fields.put(name.replaceAll("\\[\\d+]", ""), jsonValue(0));
            }
        }
        return fields;
    }

    private Object jsonValue(int depth) {
        int draw = random.nextInt(depth > 2 ? 6 : 9);
        switch (draw) {
            case 0:
                return null;
            case 1:
                return random.nextBoolean();
            case 2:
                return pick(List.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 3.5e300, -0.0));
            case 6:
                return Arrays.asList(jsonValue(depth + 1), jsonValue(depth + 1));
            case 7:
                return Collections.singletonMap(pick(HOSTILE_NAMES), jsonValue(depth + 1));
            case 8:
                return List.of();
            default:
                return pick(HOSTILE);
        }
    }

    /** The binding paths of a record's components: nested records with a dot, lists with an index. */
    static List<String> fieldNames(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        if (!type.isRecord()) {
            return names;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                names.addAll(fieldNames(componentType, name + "."));
            } else if (List.class.isAssignableFrom(componentType)) {
                Type element = component.getGenericType() instanceof ParameterizedType parameterized
                        ? parameterized.getActualTypeArguments()[0] : Object.class;
                if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                    names.addAll(fieldNames(elementClass, name + "[0]."));
                } else {
                    names.add(name);
                }
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private List<String[]> baseHeaders(Endpoint endpoint) {
        List<String[]> headers = new ArrayList<>();
        boolean api = endpoint.pattern().startsWith("/api/") || endpoint.pattern().startsWith("/open311/");
        headers.add(new String[] {"Accept", api ? "application/json" : "text/html"});
        if (!api) {
            headers.add(new String[] {"Cookie", csrfCookie});
        }
        return headers;
    }

    /** The pattern with harmless values: unknown tracking codes, a known format. */
    private String fill(String pattern) {
        return pattern.replace("{format}", pick(List.of("json", "xml"))).replace("{kode}", unknownTrackingCode())
                .replace("{code}", "INFRASTRUKTUR").replace("{id}", "tidak-ada").replace("{lampiran}", "tidak-ada");
    }

    /** A code of the right form that opens no case: 100 bits drawn from the seeded random. */
    private String unknownTrackingCode() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return TrackingCode.parse(code.toString()).orElseThrow().display();
    }

    private byte[] fileBytes() {
        int draw = random.nextInt(8);
        byte[] noise = randomBytes(random.nextInt(4000));
        switch (draw) {
            case 0:
                return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, noise);
            case 1:
                return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}, noise);
            case 2:
                return concat(utf8("%PDF-1.7\n"), noise);
            case 3:
                return utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
            case 4:
                return utf8("<html><script>alert(1)</script></html>");
            case 5:
                return new byte[0];
            case 6:
                return random.nextInt(10) == 0 ? new byte[5 * 1024 * 1024 + 1] : noise;
            default:
                return noise;
        }
    }

    private static void part(ByteArrayOutputStream body, String name, String filename, String type, byte[] value) {
        StringBuilder header = new StringBuilder("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (filename != null) {
            header.append("; filename=\"").append(filename).append('"');
        }
        header.append("\r\n");
        if (type != null && !type.isEmpty()) {
            header.append("Content-Type: ").append(type).append("\r\n");
        }
        header.append("\r\n");
        write(body, utf8(header.toString()));
        write(body, value);
        write(body, utf8("\r\n"));
    }

    private static void end(ByteArrayOutputStream body) {
        write(body, utf8("--" + BOUNDARY + "--\r\n"));
    }

    private static void write(ByteArrayOutputStream body, byte[] bytes) {
        body.write(bytes, 0, bytes.length);
    }

    private Probe probe(Endpoint endpoint, String strategy, String method, String uri, List<String[]> headers,
            byte[] body) {
        return new Probe(endpoint.key(), strategy, method, uri, headers, body);
    }

    private static byte[] urlEncoded(Map<String, List<String>> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(encode(name)).append('=').append(encode(value));
        }));
        return utf8(body.toString());
    }

    private static Map<String, Object> single(Map<String, ?> fields) {
        Map<String, Object> single = new LinkedHashMap<>();
        fields.forEach((name, value) -> single.put(name, value instanceof List<?> list
                ? list.isEmpty() ? null : list.get(0) : value));
        return single;
    }

    /** JSON text written by hand, so that a test value cannot be "fixed" by a serialiser on the way. */
    private static String jsonObject(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(jsonString(name)).append(':').append(jsonValueText(value));
        });
        return json.append('}').toString();
    }

    private static String jsonValueText(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return String.valueOf(value);
        }
        if (value instanceof List<?> list) {
            StringBuilder array = new StringBuilder("[");
            for (Object element : list) {
                if (array.length() > 1) {
                    array.append(',');
                }
                array.append(jsonValueText(element));
            }
            return array.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = new LinkedHashMap<>();
            map.forEach((key, element) -> object.put(String.valueOf(key), element));
            return jsonObject(object);
        }
        return jsonString(String.valueOf(value));
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhookSecret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            write(joined, part);
        }
        return joined.toByteArray();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…(" + text.length() + ")";
    }
}
