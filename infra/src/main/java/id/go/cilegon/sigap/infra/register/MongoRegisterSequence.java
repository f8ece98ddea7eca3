package id.go.cilegon.sigap.infra.register;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import org.bson.Document;

/**
 * Register numbers from one counter document per register and year, incremented atomically by the database:
 * two nodes can never be handed the same number, because MongoDB applies the {@code $inc} of one
 * {@code findOneAndUpdate} to a single document at a time.
 */
public class MongoRegisterSequence implements RegisterSequence {

    static final String COLLECTION = "register_sequences";

    /**
     * The document as it was before the increment: the embedded server answers "after" from its live document
     * once its lock is released, so two concurrent increments could both read the second value. "Before" is
     * the value this increment replaced, on both servers.
     */
    private static final FindOneAndUpdateOptions UPSERT_RETURN_OLD =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE);

    private final MongoCollection<Document> counters;

    public MongoRegisterSequence(MongoDatabase database) {
        this.counters = database.getCollection(COLLECTION);
    }

    @Override
    public long next(String register, int year) {
        String key = register + "/" + year;
        try {
            return increment(key);
        } catch (MongoException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Two nodes raced to create the year's counter; the loser's upsert collided, now the document exists.
            return increment(key);
        }
    }

    private long increment(String key) {
        Document previous = counters.findOneAndUpdate(eq("_id", key), inc("value", 1L), UPSERT_RETURN_OLD);
        return previous == null ? 1 : previous.get("value", Number.class).longValue() + 1;
    }
}
