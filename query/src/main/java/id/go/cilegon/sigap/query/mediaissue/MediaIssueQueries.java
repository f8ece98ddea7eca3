package id.go.cilegon.sigap.query.mediaissue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssueTimeline;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueTimelineEntry;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;

/** Answers the media pages, the deadline watch and the reports from {@link MediaIssueProjection}. */
public class MediaIssueQueries {

    private final MongoCollection<MediaIssueDocument> issues;
    private final MongoCollection<MediaIssueTimelineDocument> timeline;

    public MediaIssueQueries(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.issues = readModels.getCollection(MediaIssueProjection.ISSUES, MediaIssueDocument.class);
        this.timeline = readModels.getCollection(MediaIssueProjection.TIMELINE, MediaIssueTimelineDocument.class);
    }

    @QueryHandler
    public Optional<MediaIssueFile> handle(FindMediaIssue query) {
        return Optional.ofNullable(issues.find(eq("_id", query.mediaIssueId())).first())
                .map(MediaIssueDocument::file);
    }

    @QueryHandler
    public List<MediaIssueTimelineEntry> handle(FindMediaIssueTimeline query) {
        List<MediaIssueTimelineEntry> entries = new ArrayList<>();
        timeline.find(eq("mediaIssueId", query.mediaIssueId())).sort(Sorts.ascending("sequence"))
                .forEach(document -> entries.add(document.toView()));
        return entries;
    }

    @QueryHandler
    public List<MediaIssueFile> handle(ListMediaIssues query) {
        List<Bson> filters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            filters.add(in("file.status", query.statuses().stream().map(Enum::name).toList()));
        }
        if (query.year() != null) {
            filters.add(regex("file.number", "^" + MediaIssueNumber.REGISTER + "/" + query.year() + "/"));
        }
        List<MediaIssueFile> files = new ArrayList<>();
        Listings.sorted(issues.find(Listings.matchingAll(filters)),
                        Comparator.comparing((MediaIssueDocument document) -> document.file().detectedAt()).reversed()
                                .thenComparing(MediaIssueDocument::id))
                .forEach(document -> files.add(document.file()));
        return files;
    }
}
