package id.go.cilegon.sigap.infra.axon;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The nodes that share the streaming processors, and each node's fair share of a processor's segments.
 *
 * <p>Every node writes its name and the time into {@code processing_nodes} every claim interval; a node not heard of
 * for a claim timeout is dead and forgotten. A processor's share on this node is its segment count divided by the
 * nodes alive, rounded up. Axon's pooled streaming processor asks for it every claim interval: it claims unclaimed
 * segments up to the share and releases those above it, which the other nodes then claim. So a node that joins is
 * handed segments within a few claim intervals, and the segments of a node that died — once their claims time
 * out — are taken by the others ({@code docs/adr/0019-nodes-segments-and-fault-tests.md}).
 *
 * <p>Starts before Axon's processors and stops after them.
 */
public class ProcessingNodes implements MaxSegmentProvider, SmartLifecycle {

    static final String COLLECTION = "processing_nodes";
    private static final String SEEN_AT = "seenAt";
    private static final Logger logger = LoggerFactory.getLogger(ProcessingNodes.class);

    private final MongoCollection<Document> nodes;
    private final TokenStore tokens;
    private final ProcessingProperties settings;
    private final Clock clock;
    /** Each processor asked about, with its segment count as last read from the token store. */
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private volatile int alive = 1;
    private ScheduledExecutorService heartbeat;

    public ProcessingNodes(MongoDatabase database, TokenStore tokens, ProcessingProperties settings, Clock clock) {
        this.nodes = database.getCollection(COLLECTION);
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The nodes of {@code database} heard of within {@code claimTimeout} before now: those that may be running, for
     * work that must wait until every node is stopped (ADR 0036).
     */
    public static List<String> alive(MongoDatabase database, Duration claimTimeout, Clock clock) {
        return database.getCollection(COLLECTION).find(gte(SEEN_AT, clock.millis() - claimTimeout.toMillis()))
                .map(node -> node.getString("_id")).into(new ArrayList<>());
    }

    /** The most segments of {@code processorName} this node should hold now: never fewer than one. */
    @Override
    public int getMaxSegments(String processorName) {
        int count = segments.computeIfAbsent(processorName, name -> settings.segments());
        return Math.max(1, (count + alive - 1) / alive);
    }

    /** Nodes alive at the last heartbeat, this one included. */
    public int alive() {
        return alive;
    }

    /**
     * Says this node is alive, forgets the nodes silent for a claim timeout, counts the rest, and reads how many
     * segments each processor has (a processor whose tokens do not exist yet keeps the configured count).
     */
    void beat() {
        long now = clock.millis();
        nodes.updateOne(eq("_id", settings.nodeId()), set(SEEN_AT, now), new UpdateOptions().upsert(true));
        nodes.deleteMany(lt(SEEN_AT, now - settings.claimTimeout().toMillis()));
        int counted = (int) Math.max(1, nodes.countDocuments());
        if (counted != alive) {
            logger.info("{} node(s) share the streaming processors; this one is {}", counted, settings.nodeId());
        }
        alive = counted;
        segments.replaceAll((processor, known) -> {
            int stored = tokens.fetchSegments(processor).length;
            return stored > 0 ? stored : known;
        });
    }

    @Override
    public void start() {
        beat();
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sigap-processing-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.claimInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                // The store is unreachable for a moment; the next beat tries again, and the claims say the rest.
                logger.warn("Processing heartbeat of {} failed: {}", settings.nodeId(), e.toString());
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops the heartbeat and leaves at once, so that the other nodes take this one's segments without waiting. */
    @Override
    public void stop() {
        if (heartbeat == null) {
            return;
        }
        heartbeat.shutdownNow();
        heartbeat = null;
        try {
            nodes.deleteOne(eq("_id", settings.nodeId()));
        } catch (RuntimeException e) {
            logger.warn("{} could not say it leaves; the others wait a claim timeout: {}", settings.nodeId(),
                        e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    /** Before Axon's configuration (and so its processors) starts, after it stops. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }
}
