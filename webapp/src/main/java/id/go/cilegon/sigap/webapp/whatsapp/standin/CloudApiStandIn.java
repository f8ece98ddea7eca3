package id.go.cilegon.sigap.webapp.whatsapp.standin;

import id.go.cilegon.sigap.webapp.whatsapp.WebhookSignature;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the WhatsApp Cloud API on loopback, for the tests and the demo (ADR 0016): it takes Sigap's sends
 * ({@code POST /v23.0/{phone-number-id}/messages}) with the bearer token, records them, answers a {@code wamid},
 * and reports {@code sent}, {@code delivered} and {@code read} to Sigap's webhook, signed with the app secret as
 * Meta signs; it serves media ({@code GET /v23.0/{media-id}}, then the bytes behind the URL it gave). Its other side
 * is the citizen's phone ({@link #phone}): what a phone sends arrives at Sigap as a signed webhook, exactly as Meta
 * would deliver it. Nothing leaves the machine.
 */
public final class CloudApiStandIn implements AutoCloseable {

    public static final String VERSION = "v23.0";
    private static final Logger log = LoggerFactory.getLogger(CloudApiStandIn.class);

    /** One line of a phone's chat: what the phone sent, or what Sigap sent it. */
    public record Line(boolean fromPhone, String wamid, String text, List<String> choices, List<String> choiceIds,
            String template, Instant at) {
    }

    private final DisposableServer server;
    private final String accessToken;
    private final String appSecret;
    private final Supplier<URI> webhook;
    private final JsonMapper json;
    private final Clock clock;
    private final WebClient client = WebClient.create();
    private final Map<String, List<Line>> chats = new ConcurrentHashMap<>();
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final Map<String, String> mediaTypes = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean receiptsFirst;

    /**
     * Starts on {@code port} of 127.0.0.1 (0 for any free one).
     *
     * @param webhook where Sigap's webhook is, asked at each delivery: the web server's port is known only once it
     *                runs
     */
    public CloudApiStandIn(int port, String accessToken, String appSecret, Supplier<URI> webhook, JsonMapper json,
            Clock clock) {
        this.accessToken = accessToken;
        this.appSecret = appSecret;
        this.webhook = webhook;
        this.json = json;
        this.clock = clock;
        this.server = HttpServer.create().host("127.0.0.1").port(port)
                .route(routes -> routes
                        .post("/" + VERSION + "/{phone}/messages", this::send)
                        .get("/" + VERSION + "/{media}", this::mediaInfo)
                        .get("/media/{media}", this::mediaBytes))
                .bindNow();
        log.info("WhatsApp Cloud API stand-in listening on 127.0.0.1:{}", server.port());
    }

    /** The base URL Sigap's Cloud API client uses, version included. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/" + VERSION);
    }

    /** A citizen's phone with a number; {@code name} is the WhatsApp profile name. */
    public Phone phone(String waId, String name) {
        return new Phone(this, waId, null, name);
    }

    /** A citizen who uses a username: Meta gives only the business-scoped user id, no number. */
    public Phone phoneWithoutNumber(String userId, String name) {
        return new Phone(this, null, userId, name);
    }

    /** Everything of one chat, oldest first: by the number, or by the user id for a phone without one. */
    public List<Line> chat(String contact) {
        return List.copyOf(chats.getOrDefault(contact, List.of()));
    }

    /** What Sigap sent the phone, oldest first. */
    public List<Line> received(String contact) {
        return chat(contact).stream().filter(line -> !line.fromPhone()).toList();
    }

    /** The next {@code count} sends are refused with 503, as during an outage. */
    public void failNextSends(int count) {
        failures.set(count);
    }

    /** Report the receipts of a send before answering it, so they reach Sigap before it recorded the send. */
    public void receiptsBeforeAnswer(boolean first) {
        this.receiptsFirst = first;
    }

    /** Signs {@code body} with the app secret and posts it to Sigap's webhook; answers the HTTP status. */
    public int deliver(byte[] body) {
        return client.post().uri(webhook.get()).contentType(MediaType.APPLICATION_JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.sign(body, appSecret))
                .bodyValue(body)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
                .block(Duration.ofSeconds(30));
    }

    void record(String contact, Line line) {
        chats.computeIfAbsent(contact, key -> new CopyOnWriteArrayList<>()).add(line);
    }

    /** Keeps a photo the phone sends and answers its media id and SHA-256 (base64, as in Meta's webhooks). */
    String upload(byte[] bytes, String mimeType) {
        String id = "media-" + UUID.randomUUID();
        media.put(id, bytes);
        mediaTypes.put(id, mimeType);
        return id;
    }

    static String sha256(byte[] bytes, boolean hex) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return hex ? HexFormat.of().formatHex(digest) : Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    JsonMapper json() {
        return json;
    }

    Clock clock() {
        return clock;
    }

    private boolean authorised(HttpServerRequest request) {
        return ("Bearer " + accessToken).equals(request.requestHeaders().get("Authorization"));
    }

    private Mono<Void> send(HttpServerRequest request, HttpServerResponse response) {
        if (!authorised(request)) {
            return error(response, 401, 190, "Invalid OAuth access token");
        }
        return request.receive().aggregate().asByteArray().flatMap(body -> {
            if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                return error(response, 503, 131000, "Something went wrong");
            }
            JsonNode message = json.readTree(body);
            String to = text(message.path("to"));
            String recipient = to != null ? to : text(message.path("recipient"));
            String wamid = "wamid.SO." + UUID.randomUUID();
            record(recipient, line(wamid, message));
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("input", recipient);
            contact.put(to != null ? "wa_id" : "user_id", recipient);
            byte[] answer = json.writeValueAsBytes(Map.of("messaging_product", "whatsapp",
                    "contacts", List.of(contact), "messages", List.of(Map.of("id", wamid))));
            Mono<Void> receipts = Flux.just("sent", "delivered", "read")
                    .concatMap(status -> Mono.fromCallable(() -> deliver(receipt(wamid, status, to, recipient)))
                            .subscribeOn(Schedulers.boundedElastic()))
                    .then();
            Mono<Void> answered = response.status(200).header("Content-Type", "application/json")
                    .sendByteArray(Mono.just(answer)).then();
            if (receiptsFirst) {
                return receipts.then(answered);
            }
            receipts.onErrorResume(failure -> Mono.empty()).subscribe();
            return answered;
        });
    }

    private Mono<Void> mediaInfo(HttpServerRequest request, HttpServerResponse response) {
        String id = request.param("media");
        if (!authorised(request)) {
            return error(response, 401, 190, "Invalid OAuth access token");
        }
        byte[] bytes = media.get(id);
        if (bytes == null) {
            return error(response, 404, 100, "Unknown media");
        }
        byte[] answer = json.writeValueAsBytes(Map.of("messaging_product", "whatsapp",
                "url", "http://127.0.0.1:" + server.port() + "/media/" + id, "mime_type", mediaTypes.get(id),
                "sha256", sha256(bytes, true), "file_size", String.valueOf(bytes.length), "id", id));
        return response.status(200).header("Content-Type", "application/json").sendByteArray(Mono.just(answer))
                .then();
    }

    private Mono<Void> mediaBytes(HttpServerRequest request, HttpServerResponse response) {
        byte[] bytes = media.get(request.param("media"));
        if (!authorised(request) || bytes == null) {
            return error(response, 404, 100, "Unknown media");
        }
        return response.status(200).header("Content-Type", mediaTypes.get(request.param("media")))
                .sendByteArray(Mono.just(bytes)).then();
    }

    private Mono<Void> error(HttpServerResponse response, int status, int code, String message) {
        byte[] body = json.writeValueAsBytes(Map.of("error", Map.of("message", message, "type", "OAuthException",
                "code", code)));
        return response.status(status).header("Content-Type", "application/json").sendByteArray(Mono.just(body))
                .then();
    }

    private byte[] receipt(String wamid, String status, String waId, String recipient) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("id", wamid);
        receipt.put("status", status);
        receipt.put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
        receipt.put(waId != null ? "recipient_id" : "recipient_user_id", recipient);
        return envelope(Map.of("messaging_product", "whatsapp", "metadata", metadata(), "statuses", List.of(receipt)));
    }

    byte[] envelope(Map<String, Object> value) {
        return json.writeValueAsBytes(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of(
                "id", "standin-waba", "changes", List.of(Map.of("field", "messages", "value", value))))));
    }

    static Map<String, Object> metadata() {
        return Map.of("display_phone_number", "6225400000000", "phone_number_id", "standin-phone");
    }

    private Line line(String wamid, JsonNode message) {
        String type = text(message.path("type"));
        List<String> choices = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String body;
        String template = null;
        if ("interactive".equals(type)) {
            JsonNode interactive = message.path("interactive");
            body = text(interactive.path("body").path("text"));
            for (JsonNode button : interactive.path("action").path("buttons")) {
                choices.add(text(button.path("reply").path("title")));
                ids.add(text(button.path("reply").path("id")));
            }
            for (JsonNode section : interactive.path("action").path("sections")) {
                for (JsonNode row : section.path("rows")) {
                    choices.add(text(row.path("title")));
                    ids.add(text(row.path("id")));
                }
            }
        } else if ("template".equals(type)) {
            template = text(message.path("template").path("name"));
            List<String> values = new ArrayList<>();
            for (JsonNode parameter : message.path("template").path("components").path(0).path("parameters")) {
                values.add(text(parameter.path("text")));
            }
            body = template + ": " + String.join(" · ", values);
        } else {
            body = text(message.path("text").path("body"));
        }
        return new Line(false, wamid, body, List.copyOf(choices), List.copyOf(ids), template, clock.instant());
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
