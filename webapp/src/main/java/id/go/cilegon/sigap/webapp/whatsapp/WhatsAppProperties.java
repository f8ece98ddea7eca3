package id.go.cilegon.sigap.webapp.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp bridge's settings ({@code sigap.whatsapp.*}). The three secrets come from the environment in
 * production ({@code SIGAP_WHATSAPP_ACCESS_TOKEN}, {@code SIGAP_WHATSAPP_APP_SECRETS},
 * {@code SIGAP_WHATSAPP_VERIFY_TOKEN}) and are never logged: {@link #toString()} leaves them out.
 *
 * @param enabled             off: the webhook answers 404 and nothing is sent
 * @param apiUrl              the Cloud API with its version, e.g. {@code https://graph.facebook.com/v23.0}; ignored
 *                            when the stand-in runs
 * @param phoneNumberId       the business number's id at Meta, which sends every message
 * @param accessToken         the system user's bearer token for sending and for media
 * @param appSecrets          the app secret that signs the webhooks; two during a rotation
 * @param verifyToken         what Meta echoes in the verification handshake
 * @param conversationTimeout a conversation idle this long ends with a polite note
 * @param serviceWindow       free text only this long after the citizen's last message; templates beyond it
 * @param templates           the approved template for each notification kind, used outside the window
 */
@ConfigurationProperties("sigap.whatsapp")
public record WhatsAppProperties(
        boolean enabled,
        URI apiUrl,
        String phoneNumberId,
        String accessToken,
        List<String> appSecrets,
        String verifyToken,
        Duration conversationTimeout,
        Duration expiryCheckInterval,
        Duration serviceWindow,
        Delivery delivery,
        Map<String, Template> templates,
        StandIn standIn) {

    public WhatsAppProperties {
        appSecrets = appSecrets == null ? List.of()
                : appSecrets.stream().filter(secret -> secret != null && !secret.isBlank()).toList();
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        conversationTimeout = conversationTimeout == null ? Duration.ofMinutes(30) : conversationTimeout;
        expiryCheckInterval = expiryCheckInterval == null ? Duration.ofMinutes(1) : expiryCheckInterval;
        serviceWindow = serviceWindow == null ? Duration.ofHours(24) : serviceWindow;
        delivery = delivery == null ? new Delivery(8, Duration.ofSeconds(5), Duration.ofMinutes(30), 20,
                Duration.ofSeconds(1)) : delivery;
        standIn = standIn == null ? new StandIn(false, 0) : standIn;
        if (enabled && (isBlank(accessToken) || appSecrets.isEmpty() || isBlank(verifyToken)
                || isBlank(phoneNumberId))) {
            throw new IllegalStateException("sigap.whatsapp.enabled needs phone-number-id, access-token, "
                    + "app-secrets and verify-token (SIGAP_WHATSAPP_*)");
        }
    }

    /**
     * How outgoing messages are retried and paced.
     *
     * @param maxAttempts         tries before a message is given up as failed
     * @param firstRetry          the wait after the first failure; it doubles with each further failure
     * @param maxRetry            the longest wait between two tries
     * @param perContactPerMinute messages to one citizen per minute at most (Meta's pair rate)
     * @param pollInterval        how often the queues are looked at besides being woken
     */
    public record Delivery(int maxAttempts, Duration firstRetry, Duration maxRetry, int perContactPerMinute,
            Duration pollInterval) {
    }

    /** An approved message template: its name at Meta and its language code. */
    public record Template(String name, String language) {
    }

    /** The stand-in Cloud API for tests and the demo: on, and its port (0 for any free one). */
    public record StandIn(boolean enabled, int port) {
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[enabled=" + enabled + ", apiUrl=" + apiUrl + ", standIn=" + standIn.enabled()
                + ", secrets not shown]";
    }
}
