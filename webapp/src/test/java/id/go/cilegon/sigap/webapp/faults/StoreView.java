package id.go.cilegon.sigap.webapp.faults;

import static com.mongodb.client.model.Projections.include;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a store holds, read over the MongoDB driver as an operator would: the events, the processors' claims and
 * positions, and every collection as canonical JSON for comparing read models.
 */
final class StoreView implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Collections that differ between two nodes with the same data by design: positions, heartbeats, sessions, rate
     * limits.
     */
    private static final Set<String> NOT_COMPARED = Set.of("trackingtokens", "processing_nodes", "officer_sessions",
            "rate_limits");

    private final MongoClient client;
    private final MongoDatabase database;

    StoreView(int port) {
        this.client = MongoClients.create(settings(port, 10));
        this.database = client.getDatabase("sigap");
    }

    /** Whether a store answers on {@code port}. */
    static boolean answers(int port) {
        try (MongoClient probe = MongoClients.create(settings(port, 1))) {
            probe.getDatabase("admin").runCommand(new Document("ping", 1));
            return true;
        } catch (MongoException e) {
            return false;
        }
    }

    private static MongoClientSettings settings(int port, int timeoutSeconds) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://127.0.0.1:" + port + "/?uuidRepresentation=standard"))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeoutSeconds, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(timeoutSeconds, TimeUnit.SECONDS))
                .build();
    }

    /** A PPID officer, written as the application writes accounts (bcrypt). */
    void addOfficer(String username, String password) {
        addOfficer(username, password, OfficerRole.PETUGAS_PPID);
    }

    /** An officer in {@code role}, written as the application writes accounts (bcrypt). */
    void addOfficer(String username, String password, OfficerRole role) {
        new OfficerAccounts(database, new BCryptPasswordEncoder(), Clock.systemUTC())
                .save(username, "Petugas uji gangguan", password, List.of(role));
    }

    /** The database itself, for what a test reads with the application's own classes. */
    MongoDatabase database() {
        return database;
    }

    /** Every stored event, in global order. */
    List<StoredEvent> events() {
        List<StoredEvent> events = new ArrayList<>();
        for (Document event : database.getCollection("events")
                .find().projection(include("streamKey", "payloadType", "payload"))) {
            String type = event.getString("payloadType");
            events.add(new StoredEvent(((Number) event.get("_id")).longValue(), event.getString("streamKey"),
                    type.substring(type.lastIndexOf('.') + 1), JSON.readTree(event.getString("payload"))));
        }
        events.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        return events;
    }

    /** For each processor, which node holds each of its segments now ({@code null}: nobody). */
    Map<String, SortedMap<Integer, String>> claims() {
        Map<String, SortedMap<Integer, String>> claims = new TreeMap<>();
        for (Document token : tokens()) {
            claims.computeIfAbsent(token.getString("processorName"), name -> new TreeMap<>())
                    .put(token.getInteger("segment"), token.getString("owner"));
        }
        return claims;
    }

    /**
     * Whether every segment of every processor has stored a position past every stored event: an index at least the
     * highest event number, and no gap that is an event that exists. A replay's token counts by its current position
     * (Axon keeps it a replay token until an event arrives after the point of the reset).
     */
    boolean caughtUp() {
        Set<Long> stored = new HashSet<>();
        long highest = 0;
        for (Document event : database.getCollection("events").find().projection(include("_id"))) {
            long index = ((Number) event.get("_id")).longValue();
            stored.add(index);
            highest = Math.max(highest, index);
        }
        List<Document> tokens = tokens();
        if (stored.isEmpty() || tokens.isEmpty()) {
            return stored.isEmpty();
        }
        for (Document token : tokens) {
            JsonNode position = position(token);
            if (position == null || position.path("index").asLong() < highest) {
                return false;
            }
            for (JsonNode gap : position.path("gaps")) {
                if (stored.contains(gap.asLong())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The gap-aware position a token stands at, or null when it has none yet. */
    private static JsonNode position(Document token) {
        String type = token.getString("tokenType");
        Binary data = token.get("token", Binary.class);
        if (type == null || data == null) {
            return null;
        }
        JsonNode tree = JSON.readTree(new String(data.getData(), StandardCharsets.UTF_8));
        if (type.endsWith(".ReplayToken")) {
            tree = tree.path("currentToken");
        } else if (!type.endsWith(".GapAwareTrackingToken")) {
            throw new AssertionError("A token of a type these tests do not know: " + type);
        }
        return tree.isObject() ? tree : null;
    }

    private List<Document> tokens() {
        List<Document> tokens = new ArrayList<>();
        for (Document token : database.getCollection("trackingtokens").find()) {
            // The token store keeps its own identity under "__config".
            if (!token.getString("processorName").startsWith("__")) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * Every collection but the processors' positions and the nodes' heartbeats, each document as JSON with its fields
     * in name order (arrays keep their order), keyed by its {@code _id}: two stores with equal contents give equal
     * snapshots whatever order their documents or fields were written in.
     */
    Contents contents() {
        SortedMap<String, SortedMap<String, String>> collections = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (NOT_COMPARED.contains(name)) {
                continue;
            }
            SortedMap<String, String> documents = new TreeMap<>();
            for (Document document : database.getCollection(name).find()) {
                Document canonical = (Document) canonical(document);
                documents.put(String.valueOf(canonical.get("_id")), canonical.toJson());
            }
            collections.put(name, documents);
        }
        return new Contents(collections);
    }

    private static Object canonical(Object value) {
        if (value instanceof Document document) {
            Document sorted = new Document();
            new TreeMap<>(document).forEach((key, field) -> sorted.append(key, canonical(field)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StoreView::canonical).toList();
        }
        return value;
    }

    @Override
    public void close() {
        client.close();
    }

    /** One event as stored: its global number, {@code aggregateId/sequence}, simple payload type and payload. */
    record StoredEvent(long globalIndex, String streamKey, String type, JsonNode payload) {
    }

    /** A store's collections, each as its documents' canonical JSON by {@code _id}. */
    record Contents(SortedMap<String, SortedMap<String, String>> collections) {

        /** Per collection: the number of documents and a SHA-256 over them, for the test's report. */
        SortedMap<String, String> checksums() {
            SortedMap<String, String> sums = new TreeMap<>();
            collections.forEach((name, documents) -> sums.put(name, documents.size() + " "
                    + sha256(String.join("\n", documents.values())).substring(0, 16)));
            return sums;
        }

        /** What differs from {@code other}, by collection, with up to three documents each; empty if equal. */
        List<String> differencesFrom(Contents other) {
            List<String> differences = new ArrayList<>();
            Set<String> names = new TreeSet<>(collections.keySet());
            names.addAll(other.collections.keySet());
            for (String name : names) {
                SortedMap<String, String> mine = collections.getOrDefault(name, new TreeMap<>());
                SortedMap<String, String> theirs = other.collections.getOrDefault(name, new TreeMap<>());
                if (mine.equals(theirs)) {
                    continue;
                }
                Set<String> ids = new TreeSet<>(mine.keySet());
                ids.addAll(theirs.keySet());
                List<String> examples = ids.stream().filter(id -> !Objects.equals(mine.get(id),
                        theirs.get(id))).limit(3).map(id -> "\n    " + id + ":\n      this:  " + mine.get(id)
                        + "\n      other: " + theirs.get(id)).toList();
                differences.add(name + " (" + mine.size() + " vs " + theirs.size() + " documents)"
                        + String.join("", examples));
            }
            return differences;
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
