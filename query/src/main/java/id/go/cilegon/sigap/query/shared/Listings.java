package id.go.cilegon.sigap.query.shared;

import static com.mongodb.client.model.Filters.and;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
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
     * the page does not already tell it (a first page shorter than the limit is the whole listing).
     */
    public static <T> Page<T> page(MongoCollection<T> collection, Bson filter, Bson sort, int offset, int limit) {
        List<T> found = batched(collection.find(filter).sort(sort).skip(offset).limit(limit))
                .into(new ArrayList<>());
        boolean whole = limit == 0 || (offset == 0 && found.size() < limit);
        return new Page<>(found, whole ? found.size() : count(collection, filter));
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
