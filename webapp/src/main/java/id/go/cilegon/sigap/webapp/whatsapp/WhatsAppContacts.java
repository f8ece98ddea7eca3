package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The citizens the bridge talks to, and which of their cases it follows. Kept to what sending and the case links
 * need (ADR 0016): the phone number ({@code wa_id}) and/or the business-scoped user id, the language, when they
 * last wrote (the 24-hour window), an open hand-over, and their cases by id, kind and number. No names: the forms
 * ask for those, and they go sealed into the case's events.
 *
 * <ul>
 *   <li>{@code whatsapp_contacts}: {@code _id} = the contact key, {@code wa:<number>} or, for a citizen known only
 *       by a business-scoped id, {@code bsuid:<id>};</li>
 *   <li>{@code whatsapp_contact_aliases}: business-scoped id → contact key, so a citizen whose number Meta later
 *       leaves out is still the same contact;</li>
 *   <li>{@code whatsapp_case_contacts}: case id → contact key, kind and number, for the notifications.</li>
 * </ul>
 */
@Component
class WhatsAppContacts {

    static final String CONTACTS = "whatsapp_contacts";
    static final String ALIASES = "whatsapp_contact_aliases";
    static final String CASES = "whatsapp_case_contacts";

    enum CaseKind {
        PENGADUAN,
        PERMOHONAN
    }

    /** A case of this contact: its id, kind, and registration number once known. */
    record CaseLink(String caseId, CaseKind kind, String number, Instant linkedAt, String contact) {
    }

    /**
     * @param language {@code id} or {@code en}
     * @param handover the open hand-over to an officer, or {@code null}
     */
    record Contact(String key, String waId, String userId, String language, Instant lastInboundAt,
            List<CaseLink> cases, String handover) {

        boolean inWindow(Instant now, java.time.Duration window) {
            return lastInboundAt != null && lastInboundAt.plus(window).isAfter(now);
        }

        /** The number as the complaint and request forms take it: {@code +62…}, or {@code null} without one. */
        String phone() {
            return waId == null ? null : "+" + waId;
        }

        /** The number with its middle hidden, for officers' pages. */
        String masked() {
            if (waId == null) {
                return "WhatsApp " + userId.substring(0, Math.min(4, userId.length())) + "…";
            }
            return "+" + waId.substring(0, Math.min(5, waId.length())) + "•••••"
                    + waId.substring(Math.max(5, waId.length() - 3));
        }
    }

    private final MongoCollection<Document> contacts;
    private final MongoCollection<Document> aliases;
    private final MongoCollection<Document> cases;

    WhatsAppContacts(MongoDatabase database) {
        this.contacts = database.getCollection(CONTACTS);
        this.aliases = database.getCollection(ALIASES);
        this.cases = database.getCollection(CASES);
    }

    /** The contact who wrote a message, created on first contact; their 24-hour window starts at {@code wroteAt}. */
    Contact wrote(WebhookPayload.Sender sender, Instant wroteAt) {
        String key = keyOf(sender);
        List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert("language", "id")));
        if (sender.waId() != null) {
            updates.add(Updates.set("waId", sender.waId()));
        }
        if (sender.userId() != null) {
            updates.add(Updates.set("userId", sender.userId()));
            aliases.updateOne(eq("_id", sender.userId()), Updates.set("contact", key),
                    new UpdateOptions().upsert(true));
        }
        contacts.updateOne(eq("_id", key), Updates.combine(updates), new UpdateOptions().upsert(true));
        contacts.updateOne(and(eq("_id", key), or(exists("lastInboundAt", false),
                lt("lastInboundAt", Date.from(wroteAt)))), Updates.set("lastInboundAt", Date.from(wroteAt)));
        return find(key).orElseThrow();
    }

    private String keyOf(WebhookPayload.Sender sender) {
        if (sender.waId() != null) {
            return "wa:" + sender.waId();
        }
        Document alias = aliases.find(eq("_id", sender.userId())).first();
        return alias != null ? alias.getString("contact") : "bsuid:" + sender.userId();
    }

    Optional<Contact> find(String key) {
        Document found = contacts.find(eq("_id", key)).first();
        if (found == null) {
            return Optional.empty();
        }
        List<CaseLink> links = new ArrayList<>();
        Document linked = found.get("cases", new Document());
        linked.forEach((caseId, value) -> {
            Document link = (Document) value;
            links.add(new CaseLink(caseId, CaseKind.valueOf(link.getString("kind")), link.getString("number"),
                    link.getDate("linkedAt").toInstant(), key));
        });
        links.sort(Comparator.comparing(CaseLink::linkedAt));
        Date last = found.getDate("lastInboundAt");
        return Optional.of(new Contact(key, found.getString("waId"), found.getString("userId"),
                found.getString("language"), last == null ? null : last.toInstant(), List.copyOf(links),
                found.getString("handover")));
    }

    /**
     * Links a case to the contact before the command that creates it is sent, so a notification about the case can
     * never find it unlinked; the number follows once the case is registered.
     */
    void link(String contact, String caseId, CaseKind kind, Instant at) {
        contacts.updateOne(eq("_id", contact), Updates.combine(
                Updates.set("cases." + caseId + ".kind", kind.name()),
                Updates.set("cases." + caseId + ".linkedAt", Date.from(at))));
        cases.updateOne(eq("_id", caseId), Updates.combine(Updates.set("contact", contact),
                Updates.set("kind", kind.name()), Updates.set("linkedAt", Date.from(at))),
                new UpdateOptions().upsert(true));
    }

    void numbered(String contact, String caseId, String number) {
        contacts.updateOne(eq("_id", contact), Updates.set("cases." + caseId + ".number", number));
        cases.updateOne(eq("_id", caseId), Updates.set("number", number));
    }

    /** The contact following a case, if the case came from WhatsApp. */
    Optional<CaseLink> followerOf(String caseId) {
        Document found = cases.find(eq("_id", caseId)).first();
        return found == null ? Optional.empty() : Optional.of(new CaseLink(caseId,
                CaseKind.valueOf(found.getString("kind")), found.getString("number"),
                found.getDate("linkedAt").toInstant(), found.getString("contact")));
    }

    void language(String contact, String language) {
        contacts.updateOne(eq("_id", contact), Updates.set("language", language));
    }

    void handover(String contact, String handover) {
        contacts.updateOne(eq("_id", contact), handover == null ? Updates.unset("handover")
                : Updates.set("handover", handover));
    }
}
