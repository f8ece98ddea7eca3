package id.go.cilegon.sigap.infra.personaldata;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * One sealed value of a change of master key ({@link MasterKeyChange}): in {@code collection}, the document
 * {@code id}'s {@code field} goes from {@code sealed} to {@code resealed}. Written only where the field still holds
 * {@code sealed}, so a value that moved meanwhile is not overwritten.
 */
public record Resealing(String collection, Object id, String field, String sealed, String resealed) {

    private static final int BATCH = 500;
    /** As the keys themselves are written: a key lost in a fail-over would take every event sealed with it along. */
    private static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);

    /** Writes every resealing, a batch of them per round trip; answers how many documents were changed. */
    public static long applyAll(MongoDatabase database, List<Resealing> resealings) {
        Map<String, List<WriteModel<Document>>> byCollection = new LinkedHashMap<>();
        resealings.forEach(each -> byCollection.computeIfAbsent(each.collection(), name -> new ArrayList<>())
                .add(new UpdateOneModel<>(and(eq("_id", each.id()), eq(each.field(), each.sealed())),
                        Updates.set(each.field(), each.resealed()))));
        long changed = 0;
        for (Map.Entry<String, List<WriteModel<Document>>> entry : byCollection.entrySet()) {
            List<WriteModel<Document>> writes = entry.getValue();
            for (int from = 0; from < writes.size(); from += BATCH) {
                changed += database.getCollection(entry.getKey()).withWriteConcern(DURABLE)
                        .bulkWrite(writes.subList(from, Math.min(writes.size(), from + BATCH))).getModifiedCount();
            }
        }
        return changed;
    }

    @Override
    public String toString() {
        return "Resealing[" + collection + " " + id + " " + field + "]";
    }

    /**
     * The resealings of one collection's values, gathered before any is written: a value neither key opens is not
     * resealed but named, and then none is written.
     */
    public static final class Plan {

        private static final int NAMED = 10;

        private final String collection;
        private final List<Resealing> resealings = new ArrayList<>();
        private final Set<String> unreadable = new LinkedHashSet<>();

        public Plan(String collection) {
            this.collection = collection;
        }

        /**
         * Adds the resealing of document {@code id}'s {@code field}, which holds {@code sealed}: {@code reseal}
         * answers the value under the next key, or empty when it already is (as {@link MasterKeyChange} does).
         */
        public void add(Object id, String field, String sealed, Function<String, Optional<String>> reseal) {
            try {
                reseal.apply(sealed).ifPresent(next -> resealings.add(
                        new Resealing(collection, id, field, sealed, next)));
            } catch (PersonalDataCryptoException e) {
                unreadable.add(String.valueOf(id));
            }
        }

        /**
         * Every resealing added.
         *
         * @param what what the values are, to name them in the refusal
         * @throws PersonalDataCryptoException naming (the first ten of) those whose value opens with neither key
         */
        public List<Resealing> resealings(String what) {
            if (!unreadable.isEmpty()) {
                throw new PersonalDataCryptoException(unreadable.size() + " " + what + " open with neither the "
                        + "current nor the new master key (altered, or sealed with another key), among them "
                        + unreadable.stream().limit(NAMED).collect(Collectors.joining(", ")), null);
            }
            return List.copyOf(resealings);
        }
    }
}
