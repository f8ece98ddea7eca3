package id.go.cilegon.sigap.query.informationrequest;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the public status page and the officers' queue. Every write is an upsert of the whole document keyed
 * by id, so a replay or a redelivered event converges on the same state.
 */
@ProcessingGroup(InformationRequestProjection.PROCESSING_GROUP)
public class InformationRequestProjection {

    public static final String PROCESSING_GROUP = "information-requests";
    static final String STATUS_COLLECTION = "information_request_status";
    static final String OPEN_COLLECTION = "open_information_requests";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<RequestStatusDocument> statuses;
    private final MongoCollection<OpenRequestDocument> openRequests;

    public InformationRequestProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.statuses = readModels.getCollection(STATUS_COLLECTION, RequestStatusDocument.class);
        this.openRequests = readModels.getCollection(OPEN_COLLECTION, OpenRequestDocument.class);
    }

    @EventHandler
    void on(InformationRequestRegistered event) {
        String requestId = event.requestId().value();
        statuses.replaceOne(eq("_id", event.trackingCodeHash()), new RequestStatusDocument(
                event.trackingCodeHash(), requestId, event.registrationNumber().value(),
                InformationRequestStatus.DITERIMA, event.channel(), event.receivedAt(),
                event.informationRequested(), event.noticeDeadline()), UPSERT);
        openRequests.replaceOne(eq("_id", requestId), new OpenRequestDocument(
                requestId, event.registrationNumber().value(),
                event.requester().get().map(Requester::name).orElse(null), event.channel(),
                event.informationRequested(), event.receivedAt(), event.noticeDeadline().dueDate(),
                InformationRequestStatus.DITERIMA), UPSERT);
    }

    @ResetHandler
    void reset() {
        statuses.drop();
        openRequests.drop();
    }
}
