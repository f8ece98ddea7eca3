package id.go.cilegon.sigap.query.complaint;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.nin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.ComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.FeedComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintTimeline;
import id.go.cilegon.sigap.query.complaint.api.FindSimilarComplaints;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintsReceived;
import id.go.cilegon.sigap.query.complaint.api.ListFeedComplaints;
import id.go.cilegon.sigap.query.complaint.api.ListOpenClocks;
import id.go.cilegon.sigap.query.complaint.api.ListPublicComplaints;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
import id.go.cilegon.sigap.query.complaint.api.PublicComplaint;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.complaint.api.SimilarComplaint;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Answers the complaint pages, queues, the deadline watch and the duplicate check from {@link ComplaintProjection}. */
public class ComplaintQueries {

    private static final int MOST_SIMILAR = 5;
    /** The queue's order, nearest due first: as the store sorts a page, and as a whole listing is sorted here. */
    private static final Bson QUEUE_SORT = Sorts.ascending("dueOrder", "item.receivedAt", "_id");
    private static final Comparator<OpenComplaintDocument> QUEUE_ORDER = Comparator
            .comparing(OpenComplaintDocument::dueOrder)
            .thenComparing(document -> document.item().receivedAt())
            .thenComparing(OpenComplaintDocument::id);

    private final MongoCollection<ComplaintDocument> complaints;
    private final MongoCollection<ComplaintTimelineDocument> timeline;
    private final MongoCollection<OpenComplaintDocument> open;
    private final MongoCollection<ReportLineDocument> reportLines;
    private final ComplaintSimilarity similarity = new ComplaintSimilarity();

    public ComplaintQueries(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.complaints = readModels.getCollection(ComplaintProjection.COMPLAINTS, ComplaintDocument.class);
        this.timeline = readModels.getCollection(ComplaintProjection.TIMELINE, ComplaintTimelineDocument.class);
        this.open = readModels.getCollection(ComplaintProjection.OPEN, OpenComplaintDocument.class);
        this.reportLines = readModels.getCollection(ComplaintProjection.COMPLAINTS, ReportLineDocument.class);
    }

    @QueryHandler
    public Optional<ComplaintFile> handle(FindComplaint query) {
        return Optional.ofNullable(complaints.find(eq("_id", query.complaintId().value())).first())
                .map(ComplaintDocument::file);
    }

    @QueryHandler
    public Optional<ComplaintFile> handle(FindComplaintByTrackingCode query) {
        return Optional.ofNullable(complaints.find(eq("trackingCodeHash", query.trackingCodeHash())).first())
                .map(ComplaintDocument::file);
    }

    /**
     * The complainant's view leaves out the officers-only entries and the instruction given to the units. Entries
     * are looked up by their keys ({@code complaintId:sequence}) up to the event the file last applied: the embedded
     * store searches a non-unique index by reading the whole collection, which grows by an entry per event.
     */
    @QueryHandler
    public List<TimelineEntry> handle(FindComplaintTimeline query) {
        String complaintId = query.complaintId().value();
        Document complaint = complaints.withDocumentClass(Document.class)
                .find(eq("_id", complaintId)).projection(Projections.include("file.lastSequence")).first();
        if (complaint == null) {
            return List.of();
        }
        long last = complaint.get("file", Document.class).get("lastSequence", Number.class).longValue();
        List<String> keys = LongStream.rangeClosed(0, last).mapToObj(sequence -> complaintId + ":" + sequence)
                .toList();
        List<ComplaintTimelineDocument> found = timeline.find(in("_id", keys)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(ComplaintTimelineDocument::sequence));
        List<TimelineEntry> entries = new ArrayList<>();
        found.forEach(document -> {
            if (!query.complainantView()) {
                entries.add(document.toView());
            } else if (document.complainantVisible()) {
                Map<String, String> details = new HashMap<>(document.details());
                details.remove("instruction");
                entries.add(new TimelineEntry(document.event(), document.at(), document.actor(),
                        Map.copyOf(details)));
            }
        });
        return entries;
    }

    @QueryHandler
    public ComplaintQueue handle(ListComplaintQueue query) {
        List<Bson> filters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            filters.add(in("item.status", query.statuses().stream().map(Enum::name).toList()));
        }
        if (query.number() != null) {
            filters.add(eq("item.number", query.number()));
        }
        if (query.unit() != null) {
            filters.add(eq("item.units.value", query.unit().value()));
        }
        Listings.Page<OpenComplaintDocument> page = Listings.page(open, Listings.matchingAll(filters),
                QUEUE_SORT, QUEUE_ORDER, query.offset(), query.limit());
        return new ComplaintQueue(page.documents().stream().map(OpenComplaintDocument::item).toList(),
                page.total());
    }

    @QueryHandler
    public List<OpenClock> handle(ListOpenClocks query) {
        List<OpenClock> clocks = new ArrayList<>();
        Listings.batched(open.find()).forEach(document -> clocks.addAll(document.unrecordedClocks()));
        return clocks;
    }

    @QueryHandler
    public List<PublicComplaint> handle(ListPublicComplaints query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("file.confidential", false));
        filters.add(nin("file.status", List.of(ComplaintStatus.DITOLAK.name(), ComplaintStatus.DIGABUNG.name())));
        if (query.category() != null) {
            filters.add(eq("file.category", query.category().name()));
        }
        if (query.kecamatan() != null) {
            filters.add(eq("file.location.kecamatan", query.kecamatan()));
        }
        int limit = Math.max(1, Math.min(100, query.limit()));
        List<PublicComplaint> found = new ArrayList<>();
        complaints.find(and(filters)).sort(Sorts.descending("file.receivedAt")).skip(Math.max(0, query.offset()))
                .limit(limit).forEach(document -> {
                    ComplaintFile file = document.file();
                    found.add(new PublicComplaint(file.number(), file.status(), file.category(),
                            file.location().kecamatan(), file.location().kelurahan(), file.subject(),
                            file.receivedAt(), file.answer() == null ? null : file.answer().text(),
                            file.answer() == null ? null : file.answer().answeredAt()));
                });
        return found;
    }

    @QueryHandler
    public List<FeedComplaint> handle(ListFeedComplaints query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("file.confidential", false));
        if (query.numbers() != null && !query.numbers().isEmpty()) {
            filters.add(in("file.number", query.numbers()));
        }
        if (query.category() != null) {
            filters.add(eq("file.category", query.category().name()));
        }
        if (query.receivedFrom() != null) {
            filters.add(gte("file.receivedAt", query.receivedFrom()));
        }
        if (query.receivedTo() != null) {
            filters.add(lte("file.receivedAt", query.receivedTo()));
        }
        if (query.open() != null) {
            List<String> closed = OpenComplaintDocument.CLOSED;
            filters.add(query.open() ? nin("file.status", closed) : in("file.status", closed));
        }
        List<FeedComplaint> found = new ArrayList<>();
        complaints.find(and(filters)).sort(Sorts.descending("file.receivedAt"))
                .limit(Math.max(1, Math.min(1000, query.limit())))
                .forEach(document -> found.add(feed(document.file())));
        return found;
    }

    private static FeedComplaint feed(ComplaintFile file) {
        List<Instant> moments = new ArrayList<>(List.of(file.receivedAt()));
        Stream.of(file.verifiedAt(), file.closedAt(), file.answer() == null ? null : file.answer().answeredAt())
                .filter(Objects::nonNull).forEach(moments::add);
        file.dispositions().forEach(disposition -> moments.add(disposition.disposedAt()));
        file.verdicts().forEach(verdict -> moments.add(verdict.givenAt()));
        QueueItem item = ComplaintClocks.item(file);
        return new FeedComplaint(file.number(), file.status(), file.category(), file.subject(), file.description(),
                file.location().kecamatan(), file.location().kelurahan(), file.location().latitude(),
                file.location().longitude(), file.receivedAt(), Collections.max(moments), item.nextDue(),
                file.activeUnits(), file.answer() == null ? null : file.answer().text());
    }

    /** Only the fields the report counts travel ({@link ReportLineDocument}). */
    @QueryHandler
    public List<ReportedComplaint> handle(ListComplaintsReceived query) {
        List<ReportedComplaint> found = new ArrayList<>();
        Listings.sorted(reportLines.find(and(gte("file.receivedAt", query.from()), lt("file.receivedAt", query.to())))
                        .projection(ReportLineDocument.FIELDS), Comparator.comparing(line -> line.file().number()))
                .forEach(line -> found.add(line.toView()));
        return found;
    }

    @QueryHandler
    public List<SimilarComplaint> handle(FindSimilarComplaints query) {
        ComplaintDocument subject = complaints.find(eq("_id", query.complaintId().value())).first();
        if (subject == null) {
            return List.of();
        }
        ComplaintFile file = subject.file();
        String text = file.subject() + "\n" + file.description();
        List<SimilarComplaint> similar = new ArrayList<>();
        Listings.batched(open.find(and(eq("item.kelurahan", file.location().kelurahan()),
                        eq("item.kecamatan", file.location().kecamatan()),
                        eq("item.category", file.category().name()), ne("_id", file.complaintId()))))
                .forEach(document -> {
                    QueueItem candidate = document.item();
                    double score = similarity.between(text, candidate.subject() + "\n" + document.description());
                    if (score >= ComplaintSimilarity.THRESHOLD) {
                        similar.add(new SimilarComplaint(candidate.complaintId(), candidate.number(),
                                candidate.status(), candidate.subject(), candidate.receivedAt(), score));
                    }
                });
        similar.sort(Comparator.comparingDouble(SimilarComplaint::similarity).reversed());
        return similar.stream().limit(MOST_SIMILAR).toList();
    }
}
