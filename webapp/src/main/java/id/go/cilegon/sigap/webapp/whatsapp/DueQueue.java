package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The work still to do in a small collection of its own, one document per item ({@code _id} = the item's key), so
 * that finding work never scans the records kept for good. Items of one group (a citizen) are handed out one at a
 * time in their order; any node may take an item by claiming it for a lease, and an item whose node died is taken
 * again once the lease has run out. Claims are point updates on {@code _id}: the embedded store serves them from
 * its unique index, and the read of the document before the update decides who won.
 */
final class DueQueue {

    /** An item that may be worked on now. */
    record Item(String id, String group, int attempts) {
    }

    private final MongoCollection<Document> due;

    DueQueue(MongoDatabase database, String collection) {
        this.due = database.getCollection(collection);
    }

    /** Adds the item if it is not there yet; an item already queued keeps its claim and its attempts. */
    void add(String id, String group, Instant order, Instant dueAt) {
        due.updateOne(eq("_id", id), Updates.combine(
                Updates.setOnInsert("group", group),
                Updates.setOnInsert("order", Date.from(order)),
                Updates.setOnInsert("dueAt", Date.from(dueAt)),
                Updates.setOnInsert("claimedUntil", Date.from(Instant.EPOCH)),
                Updates.setOnInsert("attempts", 0)), new UpdateOptions().upsert(true));
    }

    /**
     * The first item of each group, when it is due and not claimed by anyone, oldest first. A group whose first
     * item is waiting (claimed, or due later) gives nothing, so its later items never overtake it.
     */
    List<Item> ready(Instant now) {
        List<Document> all = new ArrayList<>();
        due.find().into(all);
        all.sort(Comparator.comparing((Document item) -> item.getDate("order"))
                .thenComparing(item -> item.getString("_id")));
        Set<String> seen = new HashSet<>();
        List<Item> ready = new ArrayList<>();
        for (Document item : all) {
            if (!seen.add(item.getString("group"))) {
                continue;
            }
            if (!item.getDate("dueAt").toInstant().isAfter(now)
                    && !item.getDate("claimedUntil").toInstant().isAfter(now)) {
                ready.add(new Item(item.getString("_id"), item.getString("group"),
                        item.getInteger("attempts", 0)));
            }
        }
        return ready;
    }

    /** Takes the item for {@code lease}; false when another node holds it or it is done. */
    boolean claim(String id, Instant now, Duration lease) {
        Document before = due.findOneAndUpdate(and(eq("_id", id), lte("claimedUntil", Date.from(now))),
                Updates.set("claimedUntil", Date.from(now.plus(lease))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return before != null && !before.getDate("claimedUntil").toInstant().isAfter(now);
    }

    /** Tries the item again at {@code at}, counting the failed attempt. */
    void postpone(String id, Instant at) {
        due.updateOne(eq("_id", id), Updates.combine(Updates.set("dueAt", Date.from(at)),
                Updates.set("claimedUntil", Date.from(Instant.EPOCH)), Updates.inc("attempts", 1)));
    }

    void remove(String id) {
        due.deleteOne(eq("_id", id));
    }

    boolean contains(String id) {
        return due.find(eq("_id", id)).first() != null;
    }
}
