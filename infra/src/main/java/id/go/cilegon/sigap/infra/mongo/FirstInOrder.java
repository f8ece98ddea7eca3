package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A sorted page of a query on the embedded store, found by keeping only the first {@code skip + limit} documents in
 * order while the collection is read, instead of sorting every match (ADR 0027). mongo-java-server sorts the whole
 * match before it skips and cuts: for a queue page of fifty among 22,000 open cases that was some 300,000 comparisons,
 * each reading three fields of two documents; keeping fifty takes about one comparison per document, and each
 * document's sort fields are read once, as the server reads them, and compared as the server compares them.
 *
 * <p>Documents that compare equal keep the order in which the collection gave them, as the server's own (stable) sort
 * does, so a page is the same whichever way it was found.
 */
final class FirstInOrder {

    /** Above this many kept documents (a page deep into a listing) the server's own sort is as good. */
    static final int MOST_KEPT = 10_000;

    private FirstInOrder() {
    }

    /** Whether a query so ordered and cut is answered here rather than by sorting every match. */
    static boolean applies(Document orderBy, int skip, int limit) {
        return orderBy != null && !orderBy.isEmpty() && !orderBy.containsKey("$natural") && limit > 0 && skip >= 0
                && (long) skip + limit <= MOST_KEPT;
    }

    /**
     * The first {@code skip + limit} documents of {@code documents} that {@code matches} accepts, in the order of
     * {@code orderBy} (field → 1 or -1). Only for a query that {@link #applies}.
     */
    static Stream<Document> of(Stream<Document> documents, Predicate<Document> matches, Document orderBy, int skip,
                               int limit) {
        int kept = skip + limit;
        List<String> fields = List.copyOf(orderBy.keySet());
        ValueComparator[] directions = fields.stream()
                .map(field -> ((Number) orderBy.get(field)).intValue() > 0 ? ValueComparator.asc()
                        : ValueComparator.desc())
                .toArray(ValueComparator[]::new);
        Comparator<Ranked> ranking = (one, other) -> {
            for (int i = 0; i < directions.length; i++) {
                int order = directions[i].compare(one.keys()[i], other.keys()[i]);
                if (order != 0) {
                    return order;
                }
            }
            return Long.compare(one.arrival(), other.arrival());
        };
        PriorityQueue<Ranked> last = new PriorityQueue<>(kept + 1, ranking.reversed());
        long[] arrivals = {0};
        documents.filter(matches).forEachOrdered(document -> {
            Object[] keys = new Object[fields.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = value(document, fields.get(i));
            }
            Ranked next = new Ranked(document, keys, arrivals[0]++);
            if (last.size() < kept) {
                last.add(next);
            } else if (ranking.compare(next, last.peek()) < 0) {
                last.poll();
                last.add(next);
            }
        });
        return last.stream().sorted(ranking).map(Ranked::document);
    }

    /** The value the server sorts {@code document} by for {@code field}: a plain field's without splitting its path. */
    private static Object value(Document document, String field) {
        return field.indexOf('.') < 0 && !field.startsWith("$") ? document.getOrMissing(field)
                : Utils.getSubdocumentValueCollectionAware(document, field);
    }

    private record Ranked(Document document, Object[] keys, long arrival) {
    }
}
