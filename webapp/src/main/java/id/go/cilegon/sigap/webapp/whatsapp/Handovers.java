package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Conversations handed over to an officer ({@code whatsapp_handovers}): every message of the citizen and every reply
 * of an officer, with who wrote it and when, so the WhatsApp line keeps the audit trail the hand-written lines lack.
 * A hand-over has a random id, which is all an officer's page ever shows in its address.
 */
@Component
class Handovers {

    static final String COLLECTION = "whatsapp_handovers";
    /** Who closed a hand-over the citizen ended by typing "batal". */
    static final String CITIZEN = "warga";

    /** @param officer the officer's user name, or {@code null} for the citizen */
    record Line(String officer, String text, Instant at) {

        public boolean fromCitizen() {
            return officer == null;
        }
    }

    /** @param closedBy the officer who closed it, {@code warga} when the citizen did, or {@code null} while open */
    record Handover(String id, String contact, Instant openedAt, Instant closedAt, String closedBy, List<Line> lines) {

        public boolean open() {
            return closedAt == null;
        }

        /** When the citizen last wrote, for the 24-hour window. */
        public Instant lastFromCitizen() {
            return lines.stream().filter(Line::fromCitizen).map(Line::at).max(Comparator.naturalOrder())
                    .orElse(openedAt);
        }
    }

    private final MongoCollection<Document> handovers;

    Handovers(MongoDatabase database) {
        this.handovers = database.getCollection(COLLECTION);
    }

    Handover open(String contact, Instant at) {
        String id = UUID.randomUUID().toString();
        handovers.insertOne(new Document("_id", id).append("contact", contact).append("open", true)
                .append("openedAt", Date.from(at)).append("lines", List.of()));
        return new Handover(id, contact, at, null, null, List.of());
    }

    void add(String id, Line line) {
        handovers.updateOne(and(eq("_id", id), eq("open", true)), Updates.push("lines", new Document("officer",
                line.officer()).append("text", line.text()).append("at", Date.from(line.at()))));
    }

    /** @return false when it was closed already */
    boolean close(String id, String closedBy, Instant at) {
        return handovers.updateOne(and(eq("_id", id), eq("open", true)), Updates.combine(Updates.set("open", false),
                Updates.set("closedAt", Date.from(at)), Updates.set("closedBy", closedBy))).getModifiedCount() > 0;
    }

    Optional<Handover> find(String id) {
        return Optional.ofNullable(handovers.find(eq("_id", id)).first()).map(Handovers::read);
    }

    /** The open hand-overs, the longest waiting first. */
    List<Handover> open() {
        List<Handover> open = new ArrayList<>();
        handovers.find(eq("open", true)).forEach(document -> open.add(read(document)));
        open.sort(Comparator.comparing(Handover::lastFromCitizen));
        return open;
    }

    private static Handover read(Document document) {
        List<Line> lines = document.getList("lines", Document.class, List.of()).stream()
                .map(line -> new Line(line.getString("officer"), line.getString("text"),
                        line.getDate("at").toInstant())).toList();
        Date closedAt = document.getDate("closedAt");
        return new Handover(document.getString("_id"), document.getString("contact"),
                document.getDate("openedAt").toInstant(), closedAt == null ? null : closedAt.toInstant(),
                document.getString("closedBy"), lines);
    }
}
