package id.go.cilegon.sigap.query.informationrequest.deadline;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * The keberatan still waiting for the Atasan PPID, with the answer due date their {@link ObjectionFiled} carries
 * (ADR 0007). An answered keberatan leaves; a missed deadline is marked, so the watch reports it once. Every write
 * names the keberatan by its number as well as its request, so a redelivered event about an earlier keberatan
 * never touches a later one.
 */
@ProcessingGroup(ObjectionDeadlineProjection.PROCESSING_GROUP)
public class ObjectionDeadlineProjection {

    public static final String PROCESSING_GROUP = "objection-deadlines";
    static final String COLLECTION = "open_objections";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<OpenObjectionDocument> openObjections;

    public ObjectionDeadlineProjection(MongoDatabase database) {
        this.openObjections = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(COLLECTION, OpenObjectionDocument.class);
    }

    @EventHandler
    void on(ObjectionFiled event) {
        String requestId = event.requestId().value();
        BatchedWrites.replaceOne(openObjections, eq("_id", requestId), new OpenObjectionDocument(requestId,
                event.objectionNumber().value(), event.answerDeadline().dueDate(), false), UPSERT);
    }

    @EventHandler
    void on(ObjectionAnswered event) {
        BatchedWrites.deleteOne(openObjections, and(eq("_id", event.requestId().value()),
                eq("objectionNumber", event.objectionNumber().value())));
    }

    @EventHandler
    void on(ObjectionAnswerDeadlineMissed event) {
        BatchedWrites.updateOne(openObjections, and(eq("_id", event.requestId().value()),
                eq("objectionNumber", event.objectionNumber().value())), set("answerDeadlineMissed", true));
    }

    @ResetHandler
    void reset() {
        openObjections.drop();
    }
}
