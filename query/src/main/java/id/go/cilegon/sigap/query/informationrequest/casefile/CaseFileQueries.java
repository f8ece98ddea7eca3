package id.go.cilegon.sigap.query.informationrequest.casefile;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseTimeline;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the case pages from the case files and timelines that {@link CaseFileProjection} keeps. */
public class CaseFileQueries {

    private final MongoCollection<CaseFileDocument> caseFiles;
    private final MongoCollection<TimelineDocument> timeline;
    private final ZoneId officeZone;

    /** @param officeZone the office's time zone, in which a due date starts */
    public CaseFileQueries(MongoDatabase database, ZoneId officeZone) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.caseFiles = readModels.getCollection(CaseFileProjection.CASE_FILES, CaseFileDocument.class);
        this.timeline = readModels.getCollection(CaseFileProjection.TIMELINE, TimelineDocument.class);
        this.officeZone = officeZone;
    }

    @QueryHandler
    public Optional<CaseFile> handle(FindCaseFile query) {
        return Optional.ofNullable(caseFiles.find(eq("_id", query.requestId().value())).first())
                .map(document -> document.toView(officeZone));
    }

    @QueryHandler
    public List<TimelineEntry> handle(FindCaseTimeline query) {
        List<TimelineEntry> entries = new ArrayList<>();
        timeline.find(eq("requestId", query.requestId().value())).sort(Sorts.ascending("sequence"))
                .forEach(document -> {
                    if (!query.requesterView() || document.visibleToRequester()) {
                        entries.add(document.toView());
                    }
                });
        return entries;
    }
}
