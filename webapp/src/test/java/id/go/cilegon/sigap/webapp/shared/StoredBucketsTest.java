package id.go.cilegon.sigap.webapp.shared;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.InMemoryStore;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rate limits' buckets in the embedded store through the real driver: two nodes taking tokens at once never take
 * more than the bucket holds, and a bucket is kept until it is full again, and a minute more.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredBucketsTest {

    @RegisterExtension
    static final InMemoryStore STORE = new InMemoryStore();
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    /** Six a minute: empty, a bucket is full again after a minute. */
    private static final BucketConfiguration SIX_A_MINUTE = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(6).refillGreedy(6, Duration.ofMinutes(1)).build())
            .build();

    private final MongoDatabase database = STORE.freshDatabase();
    private final MongoCollection<Document> stored = database.getCollection(StoredBuckets.COLLECTION);
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private BucketProxy bucketOnANode(String key) {
        return bucketOnANode(key, NOW);
    }

    /** The bucket as a node sees it whose clock says {@code now}. */
    private BucketProxy bucketOnANode(String key, Instant now) {
        return nodeAt(now).builder().build(key, () -> SIX_A_MINUTE);
    }

    private StoredBuckets nodeAt(Instant now) {
        return new StoredBuckets(database, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void two_nodes_taking_tokens_at_once_take_no_more_than_the_bucket_holds() throws Exception {
        BucketProxy first = bucketOnANode("write|6|10.0.0.7");
        BucketProxy second = bucketOnANode("write|6|10.0.0.7");
        CyclicBarrier start = new CyclicBarrier(16);
        List<Future<Boolean>> taken = new ArrayList<>();
        for (int attempt = 0; attempt < 16; attempt++) {
            BucketProxy node = attempt % 2 == 0 ? first : second;
            taken.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return node.tryConsume(1);
            }));
        }

        int granted = 0;
        for (Future<Boolean> each : taken) {
            granted += each.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(granted).isEqualTo(6);
        assertThat(first.getAvailableTokens()).isZero();
        assertThat(stored.countDocuments()).isEqualTo(1);
    }

    @Test
    void a_bucket_is_kept_until_it_is_full_again_and_a_minute_more_then_swept_and_starts_full() {
        BucketProxy bucket = bucketOnANode("login|6|10.0.0.8");
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(bucket.tryConsume(1)).isTrue();
        }
        assertThat(bucket.tryConsume(1)).as("the seventh in the minute").isFalse();

        Document document = stored.find(eq("_id", "login|6|10.0.0.8")).first();
        assertThat(document.get("state", Binary.class).getData()).isNotEmpty();
        assertThat(document.getDate("expiresAt").toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

        Instant due = NOW.plus(Duration.ofMinutes(2));
        nodeAt(due.minusSeconds(1)).sweep();
        assertThat(stored.countDocuments()).as("a second before it is due").isEqualTo(1);

        nodeAt(due).sweep();
        assertThat(stored.countDocuments()).as("when it is due").isZero();

        BucketProxy later = bucketOnANode("login|6|10.0.0.8", due);
        assertThat(later.getAvailableTokens()).as("a swept bucket starts full").isEqualTo(6);
        assertThat(later.tryConsume(6)).isTrue();
        assertThat(later.tryConsume(1)).isFalse();
    }
}
