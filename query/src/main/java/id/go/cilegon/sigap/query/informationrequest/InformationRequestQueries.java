package id.go.cilegon.sigap.query.informationrequest;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;

/** Answers the status page and the officers' queue from the read models the projection keeps. */
public class InformationRequestQueries {

    /** The queue's order, most urgent first: as the store sorts a page, and as a whole listing is sorted here. */
    private static final Bson QUEUE_SORT = Sorts.ascending("noticeDue", "receivedAt", "registrationNumber");
    private static final Comparator<OpenRequestDocument> QUEUE_ORDER = Comparator
            .comparing(OpenRequestDocument::noticeDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenRequestDocument::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenRequestDocument::registrationNumber, Comparator.nullsFirst(Comparator.naturalOrder()));

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

    /**
     * The collection holds open requests only (a closed one is removed), so the queue never reads the years of closed
     * requests; the store sorts and cuts the page, so only the page travels.
     */
    @QueryHandler
    public RequestQueue handle(ListOpenRequests query) {
        List<Bson> filters = new ArrayList<>();
        if (query.number() != null) {
            filters.add(eq("registrationNumber", query.number()));
        }
        if (query.unit() != null) {
            filters.add(eq("unit", query.unit()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status().name()));
        }
        if (query.noticeDueBy() != null) {
            filters.add(eq("noticeSent", false));
            filters.add(lte("noticeDue", query.noticeDueBy()));
        }
        Listings.Page<OpenRequestDocument> page = Listings.page(openRequests, Listings.matchingAll(filters),
                QUEUE_SORT, QUEUE_ORDER, query.offset(), query.limit());
        return new RequestQueue(page.documents().stream().map(OpenRequestDocument::toView).toList(),
                page.total());
    }
}
