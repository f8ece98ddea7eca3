package id.go.cilegon.sigap.infra.eventstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The event documents the tracking streams read last, by global sequence number, so that a processor reading where
 * another has just read takes them from here instead of from the store: while processors catch up, each reads the
 * whole history, and the same documents crossed the wire once per processor (ADR 0030). An event's document never
 * changes once stored, and a number without a document is never kept, so what is kept is what the store would give.
 * It holds no personal data in clear: the documents are as stored, sealed.
 */
final class RecentEventDocuments {

    private final int capacity;
    /** In the order they were last read: the least recently read go first. */
    private final LinkedHashMap<Long, Document> documents = new LinkedHashMap<>(16, 0.75f, true);

    RecentEventDocuments(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Puts the documents of {@code ids} kept here into {@code found}; the ids of those not kept. */
    synchronized List<Long> takeKept(List<Long> ids, Map<Long, Document> found) {
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Document kept = documents.get(id);
            if (kept != null) {
                found.put(id, kept);
            } else {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Keeps {@code read}, just read from the store, in place of those read least recently. */
    synchronized void keep(Collection<Document> read) {
        for (Document document : read) {
            documents.put(EventDocuments.globalIndex(document), document);
        }
        Iterator<Document> leastRecent = documents.values().iterator();
        while (documents.size() > capacity) {
            leastRecent.next();
            leastRecent.remove();
        }
    }
}
