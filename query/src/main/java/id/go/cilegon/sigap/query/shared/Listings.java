package id.go.cilegon.sigap.query.shared;

import static com.mongodb.client.model.Filters.and;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reading a long listing (a year's register, every open case) in replies of {@link #BATCH} documents, or one page of
 * it with the count of the whole. Without a batch size the embedded store answers a find with every document in one
 * reply, and the driver refuses a reply over the wire protocol's 48 MB: at 220,000 cases the supervision page, the
 * compliance figures and the annual report were a 500. A real MongoDB answers in 16 MB batches either way.
 */
public final class Listings {

    /** Documents per reply of a long listing. */
    public static final int BATCH = 1_000;

    private Listings() {
    }

    /** {@code find}, read in replies of {@link #BATCH} documents. */
    public static <T> FindIterable<T> batched(FindIterable<T> find) {
        return find.batchSize(BATCH);
    }

    /** Documents matching every one of {@code filters}; no filter matches every document. */
    public static Bson matchingAll(List<Bson> filters) {
        return filters.isEmpty() ? new Document() : and(filters);
    }

    /**
     * The documents of {@code collection} matching {@code filter} in the order of {@code sort}, from {@code offset},
     * at most {@code limit} of them (0: all), and how many match in all. The count is asked of the store only when
     * the page does not already tell it (a first page shorter than the limit is the whole listing). A page is sorted
     * and cut by the store; the whole listing is {@link #sorted} here by {@code order}, which is {@code sort} as a
     * comparison of the decoded documents.
     */
    public static <T> Page<T> page(MongoCollection<T> collection, Bson filter, Bson sort, Comparator<? super T> order,
            int offset, int limit) {
        if (limit == 0) {
            List<T> all = sorted(collection.find(filter), order);
            List<T> found = List.copyOf(all.subList(Math.min(Math.max(offset, 0), all.size()), all.size()));
            return new Page<>(found, found.size());
        }
        List<T> found = batched(collection.find(filter).sort(sort).skip(offset).limit(limit))
                .into(new ArrayList<>());
        boolean whole = offset == 0 && found.size() < limit;
        return new Page<>(found, whole ? found.size() : count(collection, filter));
    }

    /**
     * Every document {@code find} reads, sorted here by {@code order} rather than by the store: the embedded store
     * sorts while it holds the collection's lock (mongo-java-server serialises the operations on a collection), and
     * a whole listing of 20,000 open cases sorted there kept the processors' writes to that collection waiting for
     * a hundred milliseconds and more while cases arrived (docs/benchmarks.md). Sorting the decoded records costs
     * the same and holds nobody up.
     */
    public static <T> List<T> sorted(FindIterable<T> find, Comparator<? super T> order) {
        List<T> all = batched(find).into(new ArrayList<>());
        all.sort(order);
        return all;
    }

    /**
     * How many documents match: with no condition the collection's own count, which the store keeps (the embedded
     * store its size; MongoDB its metadata, exact but after an unclean shutdown), instead of reading every document.
     */
    private static long count(MongoCollection<?> collection, Bson filter) {
        return filter instanceof Document none && none.isEmpty() ? collection.estimatedDocumentCount()
                : collection.countDocuments(filter);
    }

    /** One page of a listing ({@link #page}) and how many documents the whole listing holds. */
    public record Page<T>(List<T> documents, long total) {
    }
}
