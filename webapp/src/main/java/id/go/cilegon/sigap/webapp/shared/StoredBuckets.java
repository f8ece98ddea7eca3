package id.go.cilegon.sigap.webapp.shared;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Schedulers;

/**
 * The rate limits' token buckets in the store, so that every node counts against the same ones: behind two nodes a
 * client gets what the limit says, not twice as much. Bucket4j keeps the buckets' arithmetic; this keeps their state,
 * one document per bucket, changed only if nobody changed it since it was read (compare and swap on the state
 * itself). A bucket is kept until it would be full again, and a minute more; a sweep deletes the older ones, and a
 * bucket that is gone starts full, as it would be by then. {@link RateLimit} uses the asynchronous API, so that a
 * decision a node takes from its own copy of a bucket needs no other thread.
 */
@Component
public class StoredBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    static final String COLLECTION = "rate_limits";
    /** A bucket is kept until it would be full again, and a minute more. */
    private static final ExpirationAfterWriteStrategy EXPIRY =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));
    private static final Logger log = LoggerFactory.getLogger(StoredBuckets.class);
    /** The driver blocks; its calls run where Sigap's other blocking calls run, never on the event loop. */
    private static final Executor STORE_CALLS = task -> Schedulers.boundedElastic().schedule(task);

    private final MongoCollection<Document> buckets;
    private final Clock clock;
    private final TimeMeter time;

    public StoredBuckets(MongoDatabase database, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(clockOf(clock)).withExpirationAfterWriteStrategy(EXPIRY));
        this.buckets = database.getCollection(COLLECTION);
        this.clock = clock;
        this.time = getClientSideConfig().getClientSideClock().orElseThrow();
        buckets.createIndex(Indexes.ascending("expiresAt"));
    }

    /**
     * A node's own copy of a bucket, settled with the store once it has taken {@code tokens} from it or {@code within}
     * has passed, whichever comes first. Counted on Sigap's clock, as the stored buckets are.
     */
    Optimization settlingEvery(long tokens, Duration within) {
        return new DelayOptimization(new DelayParameters(tokens, within), NopeOptimizationListener.INSTANCE, time);
    }

    /** Bucket4j counts time in nanoseconds; Sigap's clock gives the milliseconds every node agrees on. */
    private static TimeMeter clockOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document found = buckets.find(eq("_id", key)).projection(Projections.include("state")).first();
                return Optional.ofNullable(found).map(document -> document.get("state", Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                long now = time.currentTimeNanos();
                Date expiresAt = new Date(now / 1_000_000 + EXPIRY.calculateTimeToLiveMillis(newState, now));
                if (originalData == null) {
                    return insert(key, newData, expiresAt);
                }
                return buckets.updateOne(and(eq("_id", key), eq("state", new Binary(originalData))),
                        Updates.combine(Updates.set("state", new Binary(newData)), Updates.set("expiresAt", expiresAt)))
                        .getMatchedCount() == 1;
            }
        };
    }

    /** A new bucket; false when another node created it meanwhile, so that Bucket4j reads it and tries again. */
    private boolean insert(String key, byte[] state, Date expiresAt) {
        try {
            buckets.insertOne(new Document("_id", key).append("state", new Binary(state)).append("expiresAt",
                    expiresAt));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Deletes the buckets that are full again and were not used for a minute since. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public void sweep() {
        long deleted = buckets.deleteMany(lte("expiresAt", new Date(clock.millis()))).getDeletedCount();
        if (deleted > 0) {
            log.debug("Deleted {} rate-limit buckets that had filled up again", deleted);
        }
    }

    @Override
    public void removeProxy(String key) {
        buckets.deleteOne(eq("_id", key));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.runAsync(() -> removeProxy(key), STORE_CALLS);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return true;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** The same operations as futures: the store is called off the caller's thread, and only when it must be. */
    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        CompareAndSwapOperation operation = beginCompareAndSwapOperation(key);
        return new AsyncCompareAndSwapOperation() {
            @Override
            public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
                return CompletableFuture.supplyAsync(() -> operation.getStateData(timeoutNanos), STORE_CALLS);
            }

            @Override
            public CompletableFuture<Boolean> compareAndSwap(byte[] originalData, byte[] newData,
                    RemoteBucketState newState, Optional<Long> timeoutNanos) {
                return CompletableFuture.supplyAsync(
                        () -> operation.compareAndSwap(originalData, newData, newState, timeoutNanos), STORE_CALLS);
            }
        };
    }
}
