package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.InvalidField;
import id.go.cilegon.sigap.webapp.shared.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cloud API's webhook. {@code GET} is Meta's verification handshake. {@code POST} carries messages and
 * receipts: its signature is checked over the exact bytes received, in constant time, before anything reads them
 * (401 and nothing kept when it does not match); then the delivery is split into messages and receipts and stored
 * durably, and only then answered 200. The conversation handles the messages afterwards, on its own thread. Bodies
 * are limited like every other ({@code spring.http.codecs.max-in-memory-size}, 413), refusals are problem details
 * naming the field, and the path is exempt from CSRF: the signature is its authentication.
 */
@RestController
class WhatsAppWebhook {

    static final String PATH = "/api/v1/whatsapp/webhook";

    private final WhatsAppProperties properties;
    private final WhatsAppInbox inbox;
    private final SentMessages sent;
    private final InboxWorker worker;
    private final JsonMapper json;
    private final FieldMessages messages;

    WhatsAppWebhook(WhatsAppProperties properties, WhatsAppInbox inbox, SentMessages sent, InboxWorker worker,
            JsonMapper json, FieldMessages messages) {
        this.properties = properties;
        this.inbox = inbox;
        this.sent = sent;
        this.worker = worker;
        this.json = json;
        this.messages = messages;
    }

    /** Meta's handshake: the challenge back as plain text when the verify token matches, else 403. */
    @GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (!properties.enabled()) {
            return ResponseEntity.notFound().build();
        }
        boolean valid = "subscribe".equals(mode) && token != null && challenge != null
                && challenge.length() <= 200 && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                properties.verifyToken().getBytes(StandardCharsets.UTF_8));
        return valid ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge)
                : ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @PostMapping(path = PATH)
    Mono<ResponseEntity<?>> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        if (!properties.enabled()) {
            return Mono.just(ResponseEntity.notFound().build());
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.valid(raw, signature, properties.appSecrets())) {
            return Mono.just(Problems.of(HttpStatus.UNAUTHORIZED, "whatsapp-signature",
                    messages.text("problem.whatsapp-signature.title", locale),
                    messages.text("problem.whatsapp-signature.detail", locale)));
        }
        WebhookPayload payload;
        try {
            payload = WebhookPayload.parse(raw, json);
        } catch (WebhookPayload.Malformed malformed) {
            return Mono.just(Problems.invalidFields(messages.text("problem.invalid-fields.title", locale),
                    messages.text("problem.invalid-fields.detail", locale), List.of(new InvalidField(
                            malformed.field(), malformed.pointer(),
                            messages.text("problem.whatsapp-payload.field", locale)))));
        }
        return Mono.<ResponseEntity<?>>fromCallable(() -> {
            inbox.accept(payload.messages());
            sent.recordReceipts(payload.receipts());
            worker.wake();
            return ResponseEntity.ok().build();
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
