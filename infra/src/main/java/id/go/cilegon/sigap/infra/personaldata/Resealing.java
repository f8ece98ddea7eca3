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
import java.util.List;
import java.util.Map;
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
}
