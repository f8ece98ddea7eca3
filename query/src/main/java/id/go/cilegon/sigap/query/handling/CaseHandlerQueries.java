package id.go.cilegon.sigap.query.handling;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.handling.api.CaseHandler;
import id.go.cilegon.sigap.query.handling.api.FindCaseHandler;
import id.go.cilegon.sigap.query.handling.api.ListCaseHandlers;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** Answers who handles a case, for the case pages and the supervision page. */
public class CaseHandlerQueries {

    private final MongoCollection<CaseHandlerDocument> handlers;

    public CaseHandlerQueries(MongoDatabase database) {
        this.handlers = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(CaseHandlerProjection.COLLECTION, CaseHandlerDocument.class);
    }

    /**
     * Asked for {@link Listings#BATCH} ids at a time: the embedded store holds the collection while it answers a
     * query, and the processor writing handlers should not wait for all the open cases' lookups at once (18,000 held
     * it 140–180 ms); nor should a MongoDB command grow with the open cases.
     */
    @QueryHandler
    public List<CaseHandler> handle(ListCaseHandlers query) {
        List<CaseHandler> all = new ArrayList<>();
        List<String> ids = List.copyOf(query.caseIds());
        for (int from = 0; from < ids.size(); from += Listings.BATCH) {
            handlers.find(in("_id", ids.subList(from, Math.min(ids.size(), from + Listings.BATCH))))
                    .forEach(document -> all.add(document.toView()));
        }
        return all;
    }

    @QueryHandler
    public Optional<CaseHandler> handle(FindCaseHandler query) {
        return Optional.ofNullable(handlers.find(eq("_id", query.caseId())).first()).map(CaseHandlerDocument::toView);
    }
}
