package id.go.cilegon.sigap.webapp.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The Cloud API as Sigap uses it, through Spring's WebClient: send a message from the business number, look up a
 * media id, and download its bytes with the same bearer token. The base URL is configuration, so tests and the demo
 * talk to the stand-in server. The token goes in a header only, never in a log line.
 */
class CloudApi {

    /** The largest media file Sigap downloads: one byte more than an attachment may have, to recognise a bigger one. */
    static final int MAX_MEDIA_BYTES = 5 * 1024 * 1024 + 1;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A media id resolved: a short-lived download URL, the type Meta read, its SHA-256 and size. */
    record Media(URI url, String mimeType, String sha256, long size) {
    }

    /**
     * A send Meta refused. {@code retryable} for overload and outages (HTTP 429 and 5xx, the throughput and pair-rate
     * codes), not for a message Meta will never accept.
     */
    static final class Refused extends RuntimeException {

        private final boolean retryable;
        private final String code;

        Refused(String code, boolean retryable) {
            super("Cloud API refused the message: " + code, null, false, false);
            this.code = code;
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }

        String code() {
            return code;
        }
    }

    private final WebClient client;
    private final String phoneNumberId;

    CloudApi(URI baseUrl, String phoneNumberId, String accessToken) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.client = WebClient.builder()
                .baseUrl(base)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_MEDIA_BYTES))
                .build();
        this.phoneNumberId = phoneNumberId;
    }

    /**
     * Sends one message to a phone number ({@code to}) or, without one, to a business-scoped user id
     * ({@code recipient}); answers Meta's {@code wamid} for it.
     */
    Mono<String> send(String waId, String userId, Map<String, Object> message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        if (waId != null) {
            body.put("to", waId);
        } else {
            body.put("recipient", userId);
        }
        body.putAll(message);
        return client.post().uri("/{id}/messages", phoneNumberId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(TIMEOUT)
                .map(answer -> {
                    String wamid = WebhookPayload.text(answer.path("messages").path(0).path("id"));
                    if (wamid == null) {
                        throw new Refused("no-message-id", true);
                    }
                    return wamid;
                })
                .onErrorMap(WebClientResponseException.class, CloudApi::refused);
    }

    Mono<Media> media(String mediaId) {
        return client.get().uri("/{id}", mediaId).retrieve().bodyToMono(JsonNode.class).timeout(TIMEOUT)
                .map(answer -> new Media(URI.create(WebhookPayload.text(answer.path("url"))),
                        WebhookPayload.text(answer.path("mime_type")), WebhookPayload.text(answer.path("sha256")),
                        answer.path("file_size").asLong(0)));
    }

    /** The bytes behind a media URL, with the bearer token Meta asks for; more than the limit fails. */
    Mono<byte[]> download(URI url) {
        return client.get().uri(url).retrieve().bodyToMono(byte[].class).timeout(TIMEOUT);
    }

    private static Refused refused(WebClientResponseException e) {
        int status = e.getStatusCode().value();
        String code = "http-" + status;
        try {
            JsonNode error = e.getResponseBodyAs(JsonNode.class);
            if (error != null && error.path("error").path("code").isNumber()) {
                code = error.path("error").path("code").asString();
            }
        } catch (RuntimeException unreadable) {
            // the status alone says enough
        }
        boolean retryable = status == 429 || status >= 500 || "130429".equals(code) || "131056".equals(code)
                || "131000".equals(code);
        return new Refused(code, retryable);
    }
}
