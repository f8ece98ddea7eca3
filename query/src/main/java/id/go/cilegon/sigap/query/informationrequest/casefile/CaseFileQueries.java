package id.go.cilegon.sigap.query.informationrequest.casefile;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseTimeline;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

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

    /**
     * Up to the event the case file last applied, looked up by the entries' keys ({@code requestId:sequence}): the
     * embedded store searches a non-unique index by reading the whole collection, which grows by an entry per event.
     */
    @QueryHandler
    public List<TimelineEntry> handle(FindCaseTimeline query) {
        String requestId = query.requestId().value();
        Document file = caseFiles.withDocumentClass(Document.class).find(eq("_id", requestId))
                .projection(include("lastSequence")).first();
        if (file == null) {
            return List.of();
        }
        List<String> keys = LongStream.rangeClosed(0, file.get("lastSequence", Number.class).longValue())
                .mapToObj(sequence -> requestId + ":" + sequence).toList();
        List<TimelineDocument> found = timeline.find(in("_id", keys)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(TimelineDocument::sequence));
        List<TimelineEntry> entries = new ArrayList<>();
        found.forEach(document -> {
            if (!query.requesterView() || document.visibleToRequester()) {
                entries.add(document.toView());
            }
        });
        return entries;
    }
}
