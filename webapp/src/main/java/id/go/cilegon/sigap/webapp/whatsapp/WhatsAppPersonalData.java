package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.webapp.personaldata.HeldElsewhere;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * What the bridge holds about a citizen outside the events (ADR 0016): their number or business-scoped id, their
 * conversation, hand-over threads, queued and sent messages. A data subject's export gets all of it; an erasure of
 * anyone on a case the contact filed deletes the contact and everything under it, so the number is gone from
 * Sigap (the contact's other cases then get no WhatsApp notices).
 */
@Component
@ProcessingGroup(CaseNotifications.PROCESSING_GROUP)
class WhatsAppPersonalData implements HeldElsewhere {

    private final MongoDatabase database;
    private final WhatsAppContacts contacts;

    WhatsAppPersonalData(MongoDatabase database, WhatsAppContacts contacts) {
        this.database = database;
        this.contacts = contacts;
    }

    @Override
    public String section() {
        return "whatsapp";
    }

    @Override
    public List<Map<String, Object>> heldAbout(List<String> caseIds) {
        List<Map<String, Object>> held = new ArrayList<>();
        for (String key : contactsOf(caseIds)) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("kontak", database.getCollection(WhatsAppContacts.CONTACTS).find(eq("_id", key)).first());
            contact.put("percakapan", database.getCollection(Conversations.COLLECTION).find(eq("_id", key)).first());
            contact.put("alihPetugas", all(Handovers.COLLECTION, eq("contact", key)));
            contact.put("antrianKirim", all(WhatsAppOutbox.OUTBOX, eq("contact", key)));
            contact.put("terkirim", all(SentMessages.COLLECTION, eq("contact", key)));
            held.add(contact);
        }
        return held;
    }

    /** The people of a case the contact filed were erased: the contact goes, with everything kept under it. */
    @EventHandler
    void on(DataSubjectsErased event) {
        for (String key : contactsOf(event.people().stream().map(PersonInCase::caseId).distinct().toList())) {
            forget(key);
        }
    }

    private Set<String> contactsOf(List<String> caseIds) {
        Set<String> keys = new LinkedHashSet<>();
        caseIds.forEach(caseId -> contacts.followerOf(caseId).ifPresent(link -> keys.add(link.contact())));
        return keys;
    }

    private void forget(String key) {
        Document contact = database.getCollection(WhatsAppContacts.CONTACTS).find(eq("_id", key)).first();
        List<Bson> inbound = new ArrayList<>();
        if (contact != null && contact.getString("waId") != null) {
            inbound.add(eq("waId", contact.getString("waId")));
        }
        if (contact != null && contact.getString("userId") != null) {
            inbound.add(eq("userId", contact.getString("userId")));
        }
        if (!inbound.isEmpty()) {
            List<String> received = new ArrayList<>();
            database.getCollection(WhatsAppInbox.INBOX).find(or(inbound))
                    .forEach(message -> received.add(message.getString("_id")));
            database.getCollection(WhatsAppInbox.DUE).deleteMany(in("_id", received));
            database.getCollection(WhatsAppInbox.INBOX).deleteMany(in("_id", received));
        }
        database.getCollection(WhatsAppInbox.DUE).deleteMany(eq("group", key));
        database.getCollection(WhatsAppOutbox.DUE).deleteMany(eq("group", key));
        database.getCollection(WhatsAppOutbox.OUTBOX).deleteMany(eq("contact", key));
        database.getCollection(SentMessages.COLLECTION).deleteMany(eq("contact", key));
        database.getCollection(Handovers.COLLECTION).deleteMany(eq("contact", key));
        database.getCollection(Conversations.COLLECTION).deleteOne(eq("_id", key));
        database.getCollection(WhatsAppContacts.ALIASES).deleteMany(eq("contact", key));
        database.getCollection(WhatsAppContacts.CASES).deleteMany(eq("contact", key));
        database.getCollection(WhatsAppContacts.CONTACTS).deleteOne(eq("_id", key));
    }

    private List<Document> all(String collection, Bson filter) {
        return database.getCollection(collection).find(filter).into(new ArrayList<>());
    }
}
