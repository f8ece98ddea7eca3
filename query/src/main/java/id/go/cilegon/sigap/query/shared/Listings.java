package id.go.cilegon.sigap.query.shared;

import com.mongodb.client.FindIterable;

/**
 * Reading a long listing (a year's register, every open case) in replies of {@link #BATCH} documents. Without a batch
 * size the embedded store answers a find with every document in one reply, and the driver refuses a reply over the
 * wire protocol's 48 MB: at 220,000 cases the supervision page, the compliance figures and the annual report were a
 * 500. A real MongoDB answers in 16 MB batches either way.
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
}
