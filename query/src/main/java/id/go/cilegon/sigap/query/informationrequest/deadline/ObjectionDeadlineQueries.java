package id.go.cilegon.sigap.query.informationrequest.deadline;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOpenObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOverdueObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the Atasan-answer deadline watch from the open keberatan read model. */
public class ObjectionDeadlineQueries {

    private final MongoCollection<OpenObjectionDocument> openObjections;

    public ObjectionDeadlineQueries(MongoDatabase database) {
        this.openObjections = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(ObjectionDeadlineProjection.COLLECTION, OpenObjectionDocument.class);
    }

    /** Oldest due date first, so a backlog is worked off in the order the breaches happened. */
    @QueryHandler
    public List<OpenObjection> handle(ListOverdueObjections query) {
        List<OpenObjection> overdue = new ArrayList<>();
        Listings.batched(openObjections.find(and(eq("answerDeadlineMissed", false), lt("answerDue", query.today())))
                        .sort(Sorts.ascending("answerDue", "_id")))
                .forEach(document -> overdue.add(document.toView()));
        return overdue;
    }

    @QueryHandler
    public List<OpenObjection> handle(ListOpenObjections query) {
        List<OpenObjection> open = new ArrayList<>();
        Listings.batched(openObjections.find().sort(Sorts.ascending("answerDue", "_id")))
                .forEach(document -> open.add(document.toView()));
        return open;
    }
}
