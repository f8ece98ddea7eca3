package id.go.cilegon.sigap.query.informationrequest;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the status page and the officers' queue from the read models the projection keeps. */
public class InformationRequestQueries {

    private static final Comparator<OpenRequest> MOST_URGENT_FIRST = Comparator
            .comparing(OpenRequest::noticeDue)
            .thenComparing(OpenRequest::receivedAt)
            .thenComparing(OpenRequest::registrationNumber);

    private final MongoCollection<RequestStatusDocument> statuses;
    private final MongoCollection<OpenRequestDocument> openRequests;

    public InformationRequestQueries(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.statuses = readModels.getCollection(
                InformationRequestProjection.STATUS_COLLECTION, RequestStatusDocument.class);
        this.openRequests = readModels.getCollection(
                InformationRequestProjection.OPEN_COLLECTION, OpenRequestDocument.class);
    }

    @QueryHandler
    public Optional<RequestStatus> handle(FindRequestStatus query) {
        return Optional.ofNullable(statuses.find(eq("_id", query.trackingCodeHash())).first())
                .map(RequestStatusDocument::toView);
    }

    /** The collection holds open requests only, so reading it whole and sorting in memory stays cheap. */
    @QueryHandler
    public List<OpenRequest> handle(ListOpenRequests query) {
        List<OpenRequest> open = new ArrayList<>();
        openRequests.find().forEach(document -> open.add(document.toView()));
        open.sort(MOST_URGENT_FIRST);
        return open;
    }
}
