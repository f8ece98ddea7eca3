package id.go.cilegon.sigap.query.opinion;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What the opinion projection has read and changed while its processor handles one batch: the signals and days it
 * touched, kept here so that the batch's next texts read them without a round trip, and the writes they need, sent
 * when the batch ends ({@link BatchedWrites}). The opinion's events are handled in one sequence, so nothing else
 * writes these documents meanwhile; should another node do so anyway (a claim lost during a long pause), the days'
 * compare-and-set finds it and the batch is handled again.
 *
 * <p>A day is kept in {@value #PARTS} parts ({@code <day>#00} to {@code <day>#15}), each filing the keys of the
 * cases whose id hashes to it and a tally of those keys, so that no document grows with the day's texts: a day of
 * twenty thousand texts would otherwise be one document the store copies whole at every change. A case's key and its
 * count move together in one part, as they did in the whole day; the day's count of a key is the sum over its
 * parts. A day filed before it had parts is one document ({@code _id} the day): its cases keep their keys there, and
 * it counts as one more part.
 *
 * <p>Sent in an order that a crash at any point leaves repairable by the batch's redelivery: first the counters
 * ({@code opinion_counts}, each set to the day's tally), then the signals, then each changed part in one update that
 * files its cases' keys and moves its tally, on condition that each of those cases still has the key it was read
 * with. A part's filed key is what tells a redelivered event that it was counted, so it is written last.
 */
final class OpinionBatch implements BatchedWrites.Sent {

    static final String SEPARATOR = "|";
    /** A day's count of each counter key, by the key as a field name ({@link #field}). */
    static final String TALLY = "tally";
    static final String SIGNALS_OF_DAY = "signals";
    /** How many parts a day is kept in. */
    static final int PARTS = 16;

    private static final String NEGATIVE = Sentiment.NEGATIF.name();
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> signals;
    private final MongoCollection<Document> days;
    private final MongoCollection<Document> counts;
    private final Map<String, Optional<Document>> signalsRead = new HashMap<>();
    private final Map<String, Document> signalsChanged = new LinkedHashMap<>();
    private final Map<String, Day> daysRead = new HashMap<>();
    /** The counters to write, as day and key joined by the separator. */
    private final Set<String> countersChanged = new LinkedHashSet<>();
    /** Counter keys split into their parts: the spike rule reads each day's keys for every negative text. */
    private final Map<String, String[]> partsOfKeys = new HashMap<>();
    /** The batch's cases, whose signals and keys are read together with the first one asked for. */
    private final Set<String> cases;

    /** @param cases the cases of the batch's events, read together (any other case is read when asked for) */
    OpinionBatch(MongoCollection<Document> signals, MongoCollection<Document> days, MongoCollection<Document> counts,
            Set<String> cases) {
        this.signals = signals;
        this.days = days;
        this.counts = counts;
        this.cases = cases;
    }

    /** One part of a day as this batch knows it: the keys of some of the day's cases and their tally. */
    private static final class Part {

        private final String id;
        /** Whether the part had a document when it was read. */
        private final boolean stored;
        /** The part was filed before days kept a tally: its tally is counted from its keys and set whole. */
        private final boolean tallyToSet;
        private final Map<String, Long> tally;
        /** The key each case read so far has in the store ({@code null}: none). */
        private final Map<String, String> storedKeys = new HashMap<>();
        /** The keys this batch files. */
        private final Map<String, String> keys = new LinkedHashMap<>();
        /** How this batch moves the tally, by key. */
        private final Map<String, Long> moves = new HashMap<>();

        private Part(String id, boolean stored, boolean tallyToSet, Map<String, Long> tally) {
            this.id = id;
            this.stored = stored;
            this.tallyToSet = tallyToSet;
            this.tally = tally;
        }

        String keyOf(String caseId) {
            return keys.containsKey(caseId) ? keys.get(caseId) : storedKeys.get(caseId);
        }

        boolean knows(String caseId) {
            return keys.containsKey(caseId) || storedKeys.containsKey(caseId) || !stored;
        }

        boolean changed() {
            return !keys.isEmpty() || tallyToSet;
        }
    }

    /** One day as this batch knows it: its parts, and the day as one document if it was filed so. */
    private static final class Day {

        private final String id;
        /** By id: the day's own document (filed before parts) and each of its parts, stored or not. */
        private final Map<String, Part> parts;
        /** The negative texts by topic (part 2) or kecamatan (part 4), counted from the tally when first asked for. */
        private final Map<Integer, Map<String, Long>> negatives = new HashMap<>();

        private Day(String id, Map<String, Part> parts) {
            this.id = id;
            this.parts = parts;
        }

        /** Where the case's key may be: the whole day's document (filed before parts), then the case's own part. */
        List<Part> holdersOf(String caseId) {
            return List.of(parts.get(id), parts.get(OpinionBatch.partOf(id, caseId)));
        }

        /** The part that holds the case's key: the whole day's document if it was filed there, else its own part. */
        Part partOf(String caseId) {
            List<Part> holders = holdersOf(caseId);
            Part whole = holders.get(0);
            Part own = holders.get(1);
            return own.keyOf(caseId) == null && whole.keyOf(caseId) != null ? whole : own;
        }

        boolean knows(String caseId) {
            return holdersOf(caseId).stream().allMatch(part -> part.knows(caseId));
        }

        /** The day's count of {@code key}: the sum over its parts. */
        long count(String key) {
            return parts.values().stream().mapToLong(part -> part.tally.getOrDefault(key, 0L)).sum();
        }
    }

    /** The document of the part of {@code day} that files {@code caseId}'s key. */
    static String partOf(String day, String caseId) {
        return part(day, Math.floorMod(caseId.hashCode(), PARTS));
    }

    private static String part(String day, int part) {
        return String.format(Locale.ROOT, "%s#%02d", day, part);
    }

    /** The documents a day may be kept in: the whole day's (filed before parts), then each part's. */
    private static List<String> documentsOf(String day) {
        List<String> ids = new ArrayList<>(List.of(day));
        for (int part = 0; part < PARTS; part++) {
            ids.add(part(day, part));
        }
        return ids;
    }

    /** The case's signal, a copy the caller may change; with the first, those of all the batch's cases are read. */
    Optional<Document> signal(String caseId) {
        return BatchedWrites.readTogether(signals, signalsRead, caseId, cases, found -> found.getString("_id"))
                .map(Document::new);
    }

    void signalChanged(String caseId, Document signal) {
        signalsRead.put(caseId, Optional.of(signal));
        signalsChanged.put(caseId, signal);
    }

    /**
     * Files {@code key} as the counter key of the case's signal on {@code day}, moving the day's tally and its two
     * counters when the key changes.
     */
    void file(String dayId, String caseId, String key) {
        Day day = day(dayId, caseId);
        Part part = day.partOf(caseId);
        String before = part.keyOf(caseId);
        if (!key.equals(before)) {
            move(day, part, key, 1);
            if (before != null) {
                move(day, part, before, -1);
            }
            part.keys.put(caseId, key);
        }
    }

    private void move(Day day, Part part, String key, long by) {
        day.negatives.clear();
        part.tally.merge(key, by, Long::sum);
        part.moves.merge(key, by, Long::sum);
        countersChanged.add(day.id + SEPARATOR + key);
    }

    /**
     * The negative texts of these days whose key part {@code part} (topic or kecamatan) is {@code value}: each day is
     * read once per batch, and counted once per part until the batch moves its tally.
     */
    long negativeOn(List<String> dayIds, int part, String value) {
        long negative = 0;
        for (Day day : days(dayIds)) {
            negative += day.negatives.computeIfAbsent(part, counted -> {
                Map<String, Long> byValue = new HashMap<>();
                day.parts.values().forEach(each -> each.tally.forEach((key, count) -> {
                    String[] parts = partsOf(key);
                    if (parts[3].equals(NEGATIVE)) {
                        byValue.merge(parts[part], count, Long::sum);
                    }
                }));
                return byValue;
            }).getOrDefault(value, 0L);
        }
        return negative;
    }

    private String[] partsOf(String key) {
        return partsOfKeys.computeIfAbsent(key, unsplit -> unsplit.split("\\" + SEPARATOR, -1));
    }

    /** These days, read once per batch: the tallies of all their documents in one round trip. */
    private List<Day> days(List<String> dayIds) {
        List<String> unread = dayIds.stream().filter(id -> !daysRead.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            Map<String, Document> found = new HashMap<>();
            days.find(in("_id", unread.stream().flatMap(id -> documentsOf(id).stream()).toList()))
                    .projection(include(TALLY)).forEach(document -> found.put(document.getString("_id"), document));
            for (String id : unread) {
                daysRead.put(id, read(id, found, List.of()));
            }
        }
        return dayIds.stream().map(daysRead::get).toList();
    }

    /**
     * The day, with what the store says of the case's key; read the first time with the keys of all the batch's
     * cases, which are mostly of the same few days.
     */
    private Day day(String id, String caseId) {
        Day day = daysRead.get(id);
        if (day == null) {
            Set<String> asked = new LinkedHashSet<>(cases);
            asked.add(caseId);
            List<String> fields = new ArrayList<>(List.of(TALLY));
            asked.forEach(batchCase -> fields.add(SIGNALS_OF_DAY + "." + batchCase));
            Map<String, Document> found = new HashMap<>();
            days.find(in("_id", documentsOf(id))).projection(include(fields))
                    .forEach(document -> found.put(document.getString("_id"), document));
            day = read(id, found, asked);
            daysRead.put(id, day);
        } else if (!day.knows(caseId)) {
            String path = SIGNALS_OF_DAY + "." + caseId;
            List<Part> holders = day.holdersOf(caseId);
            Map<String, Document> found = new HashMap<>();
            days.find(in("_id", holders.stream().map(part -> part.id).toList())).projection(include(path))
                    .forEach(document -> found.put(document.getString("_id"), document));
            holders.forEach(part -> part.storedKeys.put(caseId, keyIn(found.get(part.id), caseId)));
        }
        return day;
    }

    /**
     * A day from the documents found of it, with what they say of the keys of {@code cases}: the whole day's
     * document and each case's own part.
     */
    private Day read(String id, Map<String, Document> found, Collection<String> cases) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (String partId : documentsOf(id)) {
            parts.put(partId, read(partId, found.get(partId)));
        }
        Day day = new Day(id, parts);
        for (String caseId : cases) {
            day.holdersOf(caseId).forEach(holder -> holder.storedKeys.put(caseId, keyIn(found.get(holder.id), caseId)));
        }
        return day;
    }

    private Part read(String id, Document found) {
        if (found == null) {
            return new Part(id, false, false, new HashMap<>());
        }
        if (found.containsKey(TALLY)) {
            return new Part(id, true, false, tally(found));
        }
        return new Part(id, true, true, tallyOf(days.find(eq("_id", id)).first()));
    }

    private static String keyIn(Document day, String caseId) {
        return day == null ? null : day.get(SIGNALS_OF_DAY, new Document()).getString(caseId);
    }

    @Override
    public void send() {
        List<WriteModel<Document>> counters = new ArrayList<>();
        for (String counter : countersChanged) {
            int split = counter.indexOf(SEPARATOR);
            String day = counter.substring(0, split);
            String key = counter.substring(split + 1);
            counters.add(counter(day, key, daysRead.get(day).count(key)));
        }
        BatchedWrites.inOrder(counts, counters);
        List<WriteModel<Document>> changedSignals = new ArrayList<>();
        signalsChanged.forEach((id, signal) -> changedSignals.add(new ReplaceOneModel<>(eq("_id", id), signal,
                REPLACE_UPSERT)));
        BatchedWrites.inOrder(signals, changedSignals);
        List<Part> changedParts = daysRead.values().stream().flatMap(day -> day.parts.values().stream())
                .filter(Part::changed).toList();
        List<WriteModel<Document>> filings = changedParts.stream().map(OpinionBatch::filing).toList();
        try {
            if (!BatchedWrites.inOrderEachMatched(days, filings)) {
                throw changedMeanwhile(changedParts);
            }
        } catch (MongoBulkWriteException raced) {
            if (raced.getWriteErrors().stream().anyMatch(error ->
                    ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw raced;
            }
            throw changedMeanwhile(changedParts);
        }
        signalsChanged.clear();
        countersChanged.clear();
        daysRead.clear();
        signalsRead.clear();
    }

    private static IllegalStateException changedMeanwhile(List<Part> changed) {
        return new IllegalStateException("An opinion day of " + changed.stream().map(part -> part.id).toList()
                + " changed while this batch filed its texts; the processor handles the batch again");
    }

    /** The part's update: its cases' keys and its tally, if each case still has the key it was read with. */
    private static WriteModel<Document> filing(Part part) {
        List<Bson> expected = new ArrayList<>(List.of(eq("_id", part.id)));
        List<Bson> update = new ArrayList<>();
        part.keys.forEach((caseId, key) -> {
            String path = SIGNALS_OF_DAY + "." + caseId;
            String stored = part.storedKeys.get(caseId);
            expected.add(stored == null ? exists(path, false) : eq(path, stored));
            update.add(set(path, key));
        });
        if (part.tallyToSet) {
            expected.add(exists(TALLY, false));
            Document whole = new Document();
            part.tally.forEach((key, count) -> {
                if (count > 0) {
                    whole.append(field(key), count);
                }
            });
            update.add(set(TALLY, whole));
        } else {
            part.moves.forEach((key, by) -> {
                if (by != 0) {
                    update.add(inc(TALLY + "." + field(key), by));
                }
            });
        }
        return new UpdateOneModel<>(and(expected), combine(update), new UpdateOptions().upsert(!part.stored));
    }

    /** One counter of the day set to {@code count}, or dropped at zero. */
    private static WriteModel<Document> counter(String day, String key, long count) {
        String id = day + SEPARATOR + key;
        if (count <= 0) {
            return new DeleteOneModel<>(eq("_id", id));
        }
        String[] parts = key.split("\\" + SEPARATOR, -1);
        return new ReplaceOneModel<>(eq("_id", id), new Document("_id", id)
                .append("key", key).append("day", day).append("source", parts[0])
                .append("channel", parts[1]).append("topic", parts[2]).append("sentiment", parts[3])
                .append("kecamatan", parts[4].isEmpty() ? null : parts[4])
                .append("unit", parts[5].isEmpty() ? null : parts[5])
                .append("count", count), REPLACE_UPSERT);
    }

    /** The tally a part keeps, by counter key; keys no signal holds any more are left out. */
    private static Map<String, Long> tally(Document day) {
        Map<String, Long> tally = new HashMap<>();
        day.get(TALLY, new Document()).forEach((field, count) -> {
            long value = ((Number) count).longValue();
            if (value > 0) {
                tally.put(key(field), value);
            }
        });
        return tally;
    }

    /** The tally of a part filed before days kept one: counted from its signals' keys. */
    private static Map<String, Long> tallyOf(Document day) {
        Map<String, Long> tally = new HashMap<>();
        day.get(SIGNALS_OF_DAY, new Document()).values().forEach(key -> tally.merge((String) key, 1L, Long::sum));
        return tally;
    }

    /** A counter key as a field name: no dot (a path) and no leading dollar (an operator), reversibly. */
    private static String field(String key) {
        return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String key(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
