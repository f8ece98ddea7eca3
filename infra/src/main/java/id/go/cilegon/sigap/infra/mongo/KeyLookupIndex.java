package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unique index of the embedded store that also answers a query which names each of its keys with one value beside
 * other conditions, such as a compare-and-set {@code {_id: "c-1", revision: 4}} or {@code {_id: "c-1",
 * lastSequence: {$lt: 7}}}: it finds the one document with those keys, and the collection checks the rest of the
 * query on it. mongo-java-server uses an index only for a query of exactly the index's keys and reads every document
 * of the collection for any other; so each such write cost a pass over all complaints, days or cases (ADR 0024).
 *
 * <p>Only plain values narrow (strings, numbers, booleans, ids, instants): an operator, a list, a sub-document or
 * {@code null} under a key leaves the query to the server as it is. Every condition of a query's top level must hold,
 * and so must every member of a top-level {@code $and}: a document the query matches has these key values, and the
 * index holds each such document under them.
 */
final class KeyLookupIndex<P> extends Index<P> {

    private final Index<P> unique;

    KeyLookupIndex(Index<P> unique, boolean sparse) {
        super(unique.getName(), unique.getKeys(), sparse);
        this.unique = unique;
    }

    @Override
    public boolean canHandle(Document query) {
        if (unique.canHandle(query)) {
            return true;
        }
        Document keys = keysOf(query);
        return keys != null && unique.canHandle(keys);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return unique.canHandle(query) ? unique.getPositions(query) : unique.getPositions(keysOf(query));
    }

    /** The query's conditions on this index's keys, if it gives each of them one plain value; otherwise null. */
    private Document keysOf(Document query) {
        Map<String, Object> conditions = new HashMap<>();
        collect(query, conditions);
        Document keys = new Document();
        for (String key : keys()) {
            Object value = conditions.get(key);
            if (!plain(value)) {
                return null;
            }
            keys.put(key, value);
        }
        return keys;
    }

    /**
     * The conditions every matching document meets: the query's own, and those of each member of a top-level
     * {@code $and} (the driver writes {@code Filters.and(eq("_id", id), eq("revision", 4))} as one).
     */
    private static void collect(Document query, Map<String, Object> conditions) {
        query.forEach((field, condition) -> {
            if ("$and".equals(field) && condition instanceof List<?> members) {
                members.stream().filter(Document.class::isInstance)
                        .forEach(member -> collect((Document) member, conditions));
            } else {
                conditions.putIfAbsent(field, condition);
            }
        });
    }

    /**
     * Whether {@code query} is only {@code {_id: {$in: [plain values]}}}, which the {@code _id} index answers whole:
     * the documents it holds under those values are exactly the query's matches (an {@code _id} is never a list), so
     * they need no second check. The server checks each against the whole list again, one comparison per value: for
     * 10,000 ids among 20,000 documents that took over two seconds, and the supervision page asks such a query of
     * the case handlers (ADR 0027).
     */
    static boolean answeredByIds(Document query) {
        return query.size() == 1 && query.get("_id") instanceof Document condition && condition.size() == 1
                && condition.get("$in") instanceof List<?> values && values.stream().allMatch(KeyLookupIndex::plain);
    }

    /**
     * The positions of exactly the documents {@code query} matches, if it is {@linkplain #answeredByIds answered by
     * ids} and one of {@code indexes} finds them; otherwise {@code null}, and the server answers as it does.
     */
    static <P> Iterable<P> positionsOfIds(Document query, List<Index<P>> indexes) {
        if (answeredByIds(query)) {
            for (Index<P> index : indexes) {
                if (index.canHandle(query)) {
                    return index.getPositions(query);
                }
            }
        }
        return null;
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof ObjectId || value instanceof UUID || value instanceof Instant
                || value instanceof Date;
    }

    @Override
    public boolean isUnique() {
        return unique.isUnique();
    }

    @Override
    public P getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        unique.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return unique.remove(document);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        unique.drop();
    }

    @Override
    public Document toIndexDescription() {
        return unique.toIndexDescription();
    }
}
