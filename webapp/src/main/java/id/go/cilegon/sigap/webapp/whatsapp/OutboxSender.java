package id.go.cilegon.sigap.webapp.whatsapp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox through the Cloud API, one message at a time and each citizen's in order. Inside the citizen's
 * 24-hour window a message goes as it is; outside it, its template goes instead, and a message without one fails
 * ("outside-window"). Each citizen gets at most {@code per-contact-per-minute} messages (a token bucket; the rest
 * wait). A failed send is tried again after a wait that doubles each time, up to {@code max-retry}, and given up
 * after {@code max-attempts} or at once when Meta will never take it. Logs name a digest of the outbox key
 * ({@link LogId}), never a number.
 */
@Component
class OutboxSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WhatsAppOutbox outbox;
    private final WhatsAppContacts contacts;
    private final SentMessages sent;
    private final CloudApi api;
    private final WhatsAppProperties properties;
    private final Clock clock;
    private final Worker worker;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    OutboxSender(WhatsAppOutbox outbox, WhatsAppContacts contacts, SentMessages sent, CloudApi api,
            WhatsAppProperties properties, Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.sent = sent;
        this.api = api;
        this.properties = properties;
        this.clock = clock;
        this.worker = new Worker("whatsapp-outbox", properties.enabled(), this::drain);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.start(properties.delivery().pollInterval());
    }

    void wake() {
        worker.wake();
    }

    /** Sends everything that is due now. */
    void drain() {
        Worker.drainUntilIdle(outbox::ready, item -> outbox.claim(item, LEASE), this::send);
    }

    /** @return whether the message left the queue (sent or given up) */
    private boolean send(WhatsAppOutbox.Queued queued) {
        Instant now = clock.instant();
        Optional<WhatsAppContacts.Contact> found = contacts.find(queued.contact());
        if (found.isEmpty()) {
            outbox.failed(queued.key(), "no-contact");
            return true;
        }
        WhatsAppContacts.Contact contact = found.get();
        Map<String, Object> message = contact.inWindow(now, properties.serviceWindow()) ? queued.message()
                : queued.template();
        if (message == null) {
            outbox.failed(queued.key(), "outside-window");
            log.info("WhatsApp message {} not sent: the citizen's 24-hour window has closed",
                    LogId.of(queued.key()));
            return true;
        }
        ConsumptionProbe probe = bucket(contact.key()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            outbox.retryAt(queued.key(), now.plusNanos(probe.getNanosToWaitForRefill()), "rate-limited");
            return false;
        }
        try {
            String wamid = api.send(contact.waId(), contact.userId(), message).block();
            sent.recordSend(wamid, queued.key(), contact.key(), clock.instant());
            outbox.sent(queued.key(), wamid);
            return true;
        } catch (CloudApi.Refused refused) {
            return failure(queued, refused.code(), refused.retryable());
        } catch (RuntimeException unreachable) {
            return failure(queued, "unreachable", true);
        }
    }

    private boolean failure(WhatsAppOutbox.Queued queued, String code, boolean retryable) {
        int attempt = queued.attempts() + 1;
        if (!retryable || attempt >= properties.delivery().maxAttempts()) {
            outbox.failed(queued.key(), code);
            log.warn("WhatsApp message {} given up after {} attempts: {}", LogId.of(queued.key()), attempt, code);
            return true;
        }
        outbox.retryAt(queued.key(), clock.instant().plus(backoff(attempt)), code);
        log.info("WhatsApp message {} failed ({}); attempt {} follows later", LogId.of(queued.key()), code,
                attempt + 1);
        return false;
    }

    /** The wait after the {@code attempt}-th failure: first-retry, doubled each time, at most max-retry. */
    Duration backoff(int attempt) {
        Duration wait = properties.delivery().firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(properties.delivery().maxRetry()) > 0 ? properties.delivery().maxRetry() : wait;
    }

    private Bucket bucket(String contact) {
        int perMinute = properties.delivery().perContactPerMinute();
        return buckets.get(contact, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
    }

    @Override
    public void destroy() {
        worker.close();
    }
}
