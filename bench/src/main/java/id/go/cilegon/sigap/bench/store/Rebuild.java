package id.go.cilegon.sigap.bench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.go.cilegon.sigap.bench.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Watches Sigap's tracking processors rebuild their read models from a seeded store: every processor starts with no
 * token, and the rebuild is over when each one's token has reached the last event in the store. The tokens are read
 * where the Axon Mongo extension's token store keeps them ({@code trackingtokens}), the last event number from our
 * engine's counter ({@code counters/events}).
 */
public final class Rebuild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> counters;

    public Rebuild(MongoDatabase sigap) {
        this.tokens = sigap.getCollection("trackingtokens");
        this.counters = sigap.getCollection("counters");
    }

    /**
     * Waits until every processor has read up to the store's last event (checking once a second), up to
     * {@code timeout}; {@code launched} is when Sigap was started (System.nanoTime()).
     */
    public Result await(long launched, Duration timeout) throws InterruptedException {
        Map<String, Double> caughtUp = new TreeMap<>();
        long lastNote = System.nanoTime();
        long deadline = launched + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long head = head();
            Map<String, Long> positions = positions();
            double seconds = (System.nanoTime() - launched) / 1e9;
            positions.forEach((processor, index) -> {
                if (index >= head && !caughtUp.containsKey(processor)) {
                    caughtUp.put(processor, seconds);
                }
            });
            if (!positions.isEmpty() && caughtUp.keySet().containsAll(positions.keySet())) {
                return new Result(seconds, head, caughtUp, true);
            }
            if (System.nanoTime() - lastNote > 30_000_000_000L) {
                lastNote = System.nanoTime();
                long slowest = positions.values().stream().mapToLong(Long::longValue).min().orElse(0);
                Report.progress(String.format("rebuild: %.0f s, slowest processor at event %d of %d, %d of %d "
                        + "processors done", seconds, slowest, head, caughtUp.size(), positions.size()));
            }
            Thread.sleep(1000);
        }
        return new Result((System.nanoTime() - launched) / 1e9, head(), caughtUp, false);
    }

    /** The number of the last event taken. */
    long head() {
        Document counter = counters.find(Filters.eq("_id", "events")).first();
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    /** Each processor's position: the lowest event number any of its segments has read up to. */
    Map<String, Long> positions() {
        Map<String, Long> positions = new TreeMap<>();
        for (Document token : tokens.find(Filters.ne("processorName", "__config"))) {
            positions.merge(token.getString("processorName"), index(token), Math::min);
        }
        return positions;
    }

    /** A {@code GapAwareTrackingToken}'s index, inside a {@code ReplayToken} while the processor replays. */
    private static long index(Document token) {
        Binary serialized = token.get("token", Binary.class);
        if (serialized == null) {
            return -1;
        }
        try {
            JsonNode node = JSON.readTree(new String(serialized.getData(), StandardCharsets.UTF_8));
            JsonNode current = node.has("currentToken") ? node.path("currentToken") : node;
            return current.path("index").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * How the rebuild went.
     *
     * @param seconds  from Sigap's start until the last processor caught up (or the timeout)
     * @param events   the store's last event number then
     * @param caughtUp when each processor caught up, in seconds from the start
     */
    public record Result(double seconds, long events, Map<String, Double> caughtUp, boolean complete) {
    }
}
