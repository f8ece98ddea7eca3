package id.go.cilegon.sigap.webapp.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox paces each citizen (Meta's pair rate) and backs off after failures, with a sender of its own over a
 * database of its own, so that the application's sender cannot take part.
 */
@SigapTest
class WhatsAppPacingTest {

    @Autowired
    MongoClient client;

    @Autowired
    CloudApiStandIn standIn;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    private MongoDatabase database() {
        return client.getDatabase("uji-pacing");
    }

    private static WhatsAppProperties properties(int perContactPerMinute, URI api) {
        return new WhatsAppProperties(true, api, "standin-phone", "uji-access-token", List.of("uji-app-secret"),
                "uji-verify-token", null, null, null, new WhatsAppProperties.Delivery(3, Duration.ofSeconds(5),
                Duration.ofSeconds(12), perContactPerMinute, Duration.ofSeconds(1)), Map.of(), null);
    }

    @Test
    void a_citizen_gets_no_more_than_their_messages_per_minute_and_the_rest_waits() {
        MongoDatabase database = database();
        WhatsAppContacts contacts = new WhatsAppContacts(database);
        WhatsAppOutbox outbox = new WhatsAppOutbox(database, json, clock);
        OutboxSender sender = new OutboxSender(outbox, contacts, new SentMessages(database, WriteDurability.NONE),
                new CloudApi(standIn.baseUrl(), "standin-phone", "uji-access-token"),
                properties(2, standIn.baseUrl()), clock);
        String number = WhatsAppChat.newNumber();
        String contact = contacts.wrote(new WebhookPayload.Sender(number, null), clock.instant()).key();
        outbox.queueAll("uji-pacing:" + number, contact, List.of(new Reply.Text("satu"), new Reply.Text("dua"),
                new Reply.Text("tiga")));

        sender.drain();

        assertThat(standIn.received(number)).extracting(CloudApiStandIn.Line::text).containsExactly("satu", "dua");
        WhatsAppOutbox.Queued waiting = outbox.find("uji-pacing:" + number + ":2").orElseThrow();
        assertThat(waiting.state()).isEqualTo(WhatsAppOutbox.State.PENDING);
        assertThat(waiting.failure()).isEqualTo("rate-limited");
        sender.destroy();
    }

    @Test
    void the_wait_after_a_failure_doubles_up_to_the_most_and_a_message_meta_will_never_take_is_given_up() {
        MongoDatabase database = database();
        WhatsAppContacts contacts = new WhatsAppContacts(database);
        WhatsAppOutbox outbox = new WhatsAppOutbox(database, json, clock);
        OutboxSender sender = new OutboxSender(outbox, contacts, new SentMessages(database, WriteDurability.NONE),
                new CloudApi(standIn.baseUrl(), "standin-phone", "salah-token"), properties(10, standIn.baseUrl()),
                clock);
        assertThat(List.of(sender.backoff(1), sender.backoff(2), sender.backoff(3), sender.backoff(9)))
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(12),
                        Duration.ofSeconds(12));

        String number = WhatsAppChat.newNumber();
        String contact = contacts.wrote(new WebhookPayload.Sender(number, null), clock.instant()).key();
        outbox.queue("uji-token:" + number, contact, new Reply.Text("halo"), null);
        sender.drain();

        WhatsAppOutbox.Queued refused = outbox.find("uji-token:" + number).orElseThrow();
        assertThat(refused.state()).as("a wrong token is not retried").isEqualTo(WhatsAppOutbox.State.FAILED);
        assertThat(refused.failure()).isEqualTo("190");
        assertThat(standIn.received(number)).isEmpty();
        sender.destroy();
    }
}
