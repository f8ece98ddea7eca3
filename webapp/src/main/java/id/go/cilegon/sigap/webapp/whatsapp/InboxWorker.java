package id.go.cilegon.sigap.webapp.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles the citizens' messages after the webhook has stored them and answered Meta: one at a time per node, each
 * citizen's in the order they wrote. A message whose handling failed is tried again after a growing wait; after
 * {@link #MAX_ATTEMPTS} the citizen gets an apology instead of silence. Also ends idle conversations politely.
 */
@Component
class InboxWorker implements DisposableBean {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WhatsAppInbox inbox;
    private final WhatsAppContacts contacts;
    private final ConversationEngine engine;
    private final WhatsAppOutbox outbox;
    private final OutboxSender sender;
    private final JsonMapper json;
    private final WhatsAppProperties properties;
    private final Clock clock;
    private final Worker worker;

    InboxWorker(WhatsAppInbox inbox, WhatsAppContacts contacts, ConversationEngine engine, WhatsAppOutbox outbox,
            OutboxSender sender, JsonMapper json, WhatsAppProperties properties, Clock clock) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.engine = engine;
        this.outbox = outbox;
        this.sender = sender;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.worker = new Worker("whatsapp-inbox", properties.enabled(), this::drain);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.start(properties.delivery().pollInterval());
    }

    void wake() {
        worker.wake();
    }

    void drain() {
        Worker.drainUntilIdle(inbox::ready, item -> inbox.claim(item, LEASE), this::handle);
    }

    /** @return whether the message left the queue */
    private boolean handle(WhatsAppInbox.Stored stored) {
        WhatsAppContacts.Contact contact = null;
        try {
            InboundMessage message = InboundMessage.parse(stored.messageId(), stored.json(), json);
            contact = contacts.wrote(stored.sender(), stored.sentAt());
            List<Reply> replies = engine.handle(contact, message);
            outbox.queueAll("reply:" + stored.messageId(), contact.key(), replies);
            inbox.handled(stored.messageId());
            sender.wake();
            return true;
        } catch (Conversations.Changed moved) {
            inbox.retryAt(stored.messageId(), clock.instant());
            return true;
        } catch (RuntimeException failure) {
            int attempt = stored.attempts() + 1;
            log.warn("WhatsApp message {} could not be handled (attempt {})", LogId.of(stored.messageId()), attempt,
                    failure);
            if (attempt < MAX_ATTEMPTS) {
                inbox.retryAt(stored.messageId(), clock.instant().plusSeconds(1L << attempt));
                return false;
            }
            if (contact != null) {
                outbox.queue("reply:" + stored.messageId() + ":failure", contact.key(),
                        engine.words(contact).text("wa.failure"), null);
                sender.wake();
            }
            inbox.handled(stored.messageId());
            return true;
        }
    }

    @Scheduled(fixedDelayString = "${sigap.whatsapp.expiry-check-interval:PT1M}")
    void expireIdle() {
        if (properties.enabled()) {
            expireIdle(clock.instant());
        }
    }

    /** Ends every conversation idle at {@code now}, with its note to the citizen. */
    void expireIdle(Instant now) {
        for (ConversationEngine.Expired expired : engine.expireIdle(now)) {
            outbox.queue(expired.key(), expired.contact(), expired.note(), null);
        }
        sender.wake();
    }

    @Override
    public void destroy() {
        worker.close();
    }
}
