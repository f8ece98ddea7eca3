package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A sorted page of a query on the embedded store, found by keeping only the first {@code skip + limit} documents in
 * order while the collection is read, instead of sorting every match (ADR 0027). mongo-java-server sorts the whole
 * match before it skips and cuts: for a queue page of fifty among 22,000 open cases that was some 300,000 comparisons,
 * each reading three fields of two documents; keeping fifty takes about one comparison per document.
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
    static boolean applies(Comparator<Document> order, int skip, int limit) {
        return order != null && limit > 0 && skip >= 0 && (long) skip + limit <= MOST_KEPT;
    }

    /**
     * The first {@code skip + limit} documents of {@code documents} that {@code matches} accepts, in {@code order}.
     * Only for a query that {@link #applies}.
     */
    static Stream<Document> of(Stream<Document> documents, Predicate<Document> matches, Comparator<Document> order,
                               int skip, int limit) {
        int kept = skip + limit;
        Comparator<Ranked> ranking = Comparator.comparing(Ranked::document, order)
                .thenComparingLong(Ranked::arrival);
        PriorityQueue<Ranked> last = new PriorityQueue<>(kept + 1, ranking.reversed());
        long[] arrivals = {0};
        documents.filter(matches).forEachOrdered(document -> {
            Ranked next = new Ranked(document, arrivals[0]++);
            if (last.size() < kept) {
                last.add(next);
            } else if (ranking.compare(next, last.peek()) < 0) {
                last.poll();
                last.add(next);
            }
        });
        return last.stream().sorted(ranking).map(Ranked::document);
    }

    private record Ranked(Document document, long arrival) {
    }
}
