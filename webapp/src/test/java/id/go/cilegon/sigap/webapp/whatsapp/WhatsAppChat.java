package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import id.go.cilegon.sigap.webapp.whatsapp.standin.Phone;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A citizen's chat with Sigap in a test: a phone on the stand-in with a number of its own, which sends a message
 * and answers what Sigap replied to it, once the message is handled and every reply has gone out.
 */
final class WhatsAppChat {

    private final CloudApiStandIn standIn;
    private final WhatsAppInbox inbox;
    private final MongoDatabase database;
    private final Phone phone;

    private WhatsAppChat(CloudApiStandIn standIn, WhatsAppInbox inbox, MongoDatabase database, Phone phone) {
        this.standIn = standIn;
        this.inbox = inbox;
        this.database = database;
        this.phone = phone;
    }

    static WhatsAppChat withNewNumber(CloudApiStandIn standIn, WhatsAppInbox inbox, MongoDatabase database,
            String name) {
        return new WhatsAppChat(standIn, inbox, database, standIn.phone(newNumber(), name));
    }

    static WhatsAppChat withoutNumber(CloudApiStandIn standIn, WhatsAppInbox inbox, MongoDatabase database,
            String name) {
        return new WhatsAppChat(standIn, inbox, database,
                standIn.phoneWithoutNumber("ID." + ThreadLocalRandom.current().nextLong(1_000_000_000L,
                        9_999_999_999L), name));
    }

    static String newNumber() {
        return "62812" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    Phone phone() {
        return phone;
    }

    String key() {
        return phone.contact().startsWith("ID.") ? "bsuid:" + phone.contact() : "wa:" + phone.contact();
    }

    List<String> say(String text) {
        return exchange(() -> phone.text(text));
    }

    /** Taps the button or list row Sigap offered with this title. */
    List<String> choose(String title) {
        return exchange(() -> phone.choose(title));
    }

    /** Sends whatever {@code send} sends, and answers the texts of Sigap's replies to it. */
    List<String> exchange(Supplier<String> send) {
        int before = standIn.received(phone.contact()).size();
        String wamid = send.get();
        assertThat(phone.status()).as("the webhook's answer").isEqualTo(200);
        settle(wamid);
        return replies().subList(before, replies().size());
    }

    /** Waits until Sigap has handled the message and sent everything it queued for this citizen. */
    void settle(String wamid) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !inbox.pending(wamid) && outboxIdle());
    }

    boolean outboxIdle() {
        return database.getCollection(WhatsAppOutbox.DUE).countDocuments(eq("group", key())) == 0;
    }

    List<String> replies() {
        return standIn.received(phone.contact()).stream().map(CloudApiStandIn.Line::text).toList();
    }

    List<CloudApiStandIn.Line> lines() {
        return standIn.received(phone.contact());
    }

    /** The last reply offering choices: their titles. */
    List<String> lastChoices() {
        List<CloudApiStandIn.Line> lines = lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).choices().isEmpty()) {
                return lines.get(i).choices();
            }
        }
        return List.of();
    }
}
