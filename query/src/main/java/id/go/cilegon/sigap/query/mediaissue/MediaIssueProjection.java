package id.go.cilegon.sigap.query.mediaissue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDuplicateAttached;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueAssigned;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueClosed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueEvent;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueMerged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueReferred;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseDrafted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponsePublished;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseRejected;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.MonitoringNoted;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationReceived;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationRequested;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile.Clarification;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile.Decision;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile.Draft;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import id.go.cilegon.sigap.query.shared.TimelineDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;

/**
 * Every media issue's file and timeline. The timeline entry is written first, keyed by the event's sequence number;
 * then the file is updated in place, but only while its {@code lastSequence} is below the event's. So a replayed or
 * redelivered event changes nothing. Events of one issue arrive in order (one streaming processor, sequenced per
 * aggregate), which makes the guard sufficient.
 */
@ProcessingGroup(MediaIssueProjection.PROCESSING_GROUP)
public class MediaIssueProjection {

    public static final String PROCESSING_GROUP = "media-issues";
    static final String ISSUES = "media_issues";
    static final String TIMELINE = "media_issue_timeline";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<MediaIssueDocument> issues;
    private final MongoCollection<MediaIssueTimelineDocument> timeline;

    public MediaIssueProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.issues = readModels.getCollection(ISSUES, MediaIssueDocument.class);
        this.timeline = readModels.getCollection(TIMELINE, MediaIssueTimelineDocument.class);
        createIndexes();
    }

    private void createIndexes() {
        issues.createIndex(Indexes.ascending("file.status"));
        issues.createIndex(Indexes.descending("file.detectedAt"));
        timeline.createIndex(Indexes.ascending("mediaIssueId", "sequence"));
    }

    @EventHandler
    void on(MediaIssueLogged event, @SequenceNumber long sequence) {
        record(event, sequence, event.detectedAt(), event.loggedBy(), TimelineDetails.of(
                "number", event.number().value(), "origin", event.origin().name(), "feed", event.feed(),
                "dueDate", event.triageDeadline().dueDate().toString()));
        String id = event.mediaIssueId().value();
        if (issues.find(eq("_id", id)).first() != null) {
            return;
        }
        issues.replaceOne(eq("_id", id), new MediaIssueDocument(id, new MediaIssueFile(id, event.number().value(),
                MediaIssueStatus.TERDETEKSI, event.source(), event.origin(), event.feed(), name(event.loggedBy()),
                event.detectedAt(), event.triageDeadline(), false, null, null, false, List.of(), List.of(), null,
                List.of(), null, null, List.of(), null, sequence)), UPSERT);
    }

    @EventHandler
    void on(MediaIssueTriaged event, @SequenceNumber long sequence) {
        record(event, sequence, event.triagedAt(), event.triagedBy(), TimelineDetails.of("topic", event.topic(),
                "sentiment", event.sentiment().name(), "urgency", event.urgency().name(),
                "unit", event.unit() == null ? null : event.unit().value(),
                "relatedCases", event.relatedCases().isEmpty() ? null : String.join(", ", event.relatedCases()),
                "dueDate", event.responseDeadline().dueDate().toString()));
        change(event, sequence, file -> {
            boolean restarted = !event.responseDeadline().equals(file.responseDeadline());
            List<Bson> updates = new ArrayList<>(List.of(
                    set("file.triage", new MediaIssueFile.Triage(event.topic(), event.sentiment(), event.urgency(),
                            event.unit() == null ? null : event.unit().value(), event.relatedCases(),
                            event.triagedBy().value(), event.triagedAt())),
                    set("file.responseDeadline", event.responseDeadline())));
            if (restarted) {
                updates.add(set("file.responseDeadlineMissed", false));
            }
            if (file.status() == MediaIssueStatus.TERDETEKSI) {
                updates.add(set("file.status", MediaIssueStatus.DITRIASE));
            }
            return updates;
        });
    }

    @EventHandler
    void on(UnitClarificationRequested event, @SequenceNumber long sequence) {
        record(event, sequence, event.askedAt(), event.askedBy(), TimelineDetails.of("unit", event.unit().value(),
                "question", event.question(), "dueAt", event.dueAt().toString()));
        change(event, sequence, set("file.status", MediaIssueStatus.KLARIFIKASI_OPD), push("file.clarifications",
                new Clarification(event.unit().value(), event.question(), event.dueAt(), event.askedBy().value(),
                        event.askedAt(), null, null, null, false)));
    }

    @EventHandler
    void on(UnitClarificationReceived event, @SequenceNumber long sequence) {
        record(event, sequence, event.recordedAt(), event.recordedBy(), TimelineDetails.of(
                "unit", event.unit().value(), "answer", event.answer(), "late", String.valueOf(event.late())));
        change(event, sequence, file -> {
            List<Clarification> clarifications = replaceLast(file.clarifications(),
                    clarification -> clarification.pending() && clarification.unit().equals(event.unit().value()),
                    clarification -> new Clarification(clarification.unit(), clarification.question(),
                            clarification.dueAt(), clarification.askedBy(), clarification.askedAt(), event.answer(),
                            event.recordedBy().value(), event.recordedAt(), event.late()));
            boolean stillPending = clarifications.stream().anyMatch(Clarification::pending);
            MediaIssueStatus status = file.status() != MediaIssueStatus.KLARIFIKASI_OPD || stillPending
                    ? file.status()
                    : file.drafts().isEmpty() ? MediaIssueStatus.DITRIASE : MediaIssueStatus.NARASI_DISUSUN;
            return List.of(set("file.clarifications", clarifications), set("file.status", status));
        });
    }

    @EventHandler
    void on(MediaResponseDrafted event, @SequenceNumber long sequence) {
        record(event, sequence, event.draftedAt(), event.draftedBy(), TimelineDetails.of(
                "version", String.valueOf(event.version()), "kind", event.kind().name(), "title", event.title()));
        change(event, sequence, file -> List.of(
                push("file.drafts", new Draft(event.version(), event.kind(), event.title(), event.text(),
                        event.draftedBy().value(), event.draftedAt(), null, null)),
                set("file.status", file.pendingClarifications().isEmpty() ? MediaIssueStatus.NARASI_DISUSUN
                        : file.status())));
    }

    @EventHandler
    void on(MediaResponseSubmitted event, @SequenceNumber long sequence) {
        record(event, sequence, event.submittedAt(), event.submittedBy(),
                TimelineDetails.of("version", String.valueOf(event.version())));
        change(event, sequence, file -> List.of(set("file.status", MediaIssueStatus.MENUNGGU_PERSETUJUAN),
                set("file.drafts", replaceVersion(file, event.version(), draft -> new Draft(draft.version(),
                        draft.kind(), draft.title(), draft.text(), draft.draftedBy(), draft.draftedAt(),
                        event.submittedAt(), null)))));
    }

    @EventHandler
    void on(MediaResponseApproved event, @SequenceNumber long sequence) {
        record(event, sequence, event.approvedAt(), event.approvedBy(), TimelineDetails.of(
                "version", String.valueOf(event.version()), "note", event.note()));
        decided(event, sequence, event.version(), MediaIssueStatus.DISETUJUI,
                new Decision(true, event.note(), event.approvedBy().value(), event.approvedAt()));
    }

    @EventHandler
    void on(MediaResponseRejected event, @SequenceNumber long sequence) {
        record(event, sequence, event.rejectedAt(), event.rejectedBy(), TimelineDetails.of(
                "version", String.valueOf(event.version()), "reason", event.reason()));
        decided(event, sequence, event.version(), MediaIssueStatus.NARASI_DISUSUN,
                new Decision(false, event.reason(), event.rejectedBy().value(), event.rejectedAt()));
    }

    private void decided(MediaIssueEvent event, long sequence, int version, MediaIssueStatus status,
            Decision decision) {
        change(event, sequence, file -> List.of(set("file.status", status),
                set("file.drafts", replaceVersion(file, version, draft -> new Draft(draft.version(), draft.kind(),
                        draft.title(), draft.text(), draft.draftedBy(), draft.draftedAt(), draft.submittedAt(),
                        decision)))));
    }

    @EventHandler
    void on(MediaResponsePublished event, @SequenceNumber long sequence) {
        record(event, sequence, event.recordedAt(), event.recordedBy(), TimelineDetails.of(
                "version", String.valueOf(event.version()), "where", event.where(),
                "publishedAt", event.publishedAt().toString(), "link", event.link(),
                "late", String.valueOf(event.late())));
        change(event, sequence, set("file.status", MediaIssueStatus.DIPANTAU), set("file.publication",
                new MediaIssueFile.Publication(event.version(), event.where(), event.publishedAt(), event.link(),
                        event.recordedBy().value(), event.late())));
    }

    @EventHandler
    void on(MonitoringNoted event, @SequenceNumber long sequence) {
        record(event, sequence, event.notedAt(), event.notedBy(), TimelineDetails.of("note", event.note()));
        change(event, sequence, push("file.monitoring",
                new MediaIssueFile.Note(event.note(), event.notedBy().value(), event.notedAt())));
    }

    @EventHandler
    void on(MediaIssueClosed event, @SequenceNumber long sequence) {
        record(event, sequence, event.closedAt(), event.closedBy(), TimelineDetails.of(
                "conclusion", event.conclusion(), "responded", String.valueOf(event.responded())));
        change(event, sequence, set("file.status", MediaIssueStatus.SELESAI), set("file.closure",
                new MediaIssueFile.Closure(event.conclusion(), event.responded(), event.closedBy().value(),
                        event.closedAt())));
    }

    @EventHandler
    void on(MediaIssueMerged event, @SequenceNumber long sequence) {
        record(event, sequence, event.mergedAt(), event.mergedBy(),
                TimelineDetails.of("originalNumber", event.originalNumber().value()));
        change(event, sequence, set("file.status", MediaIssueStatus.DIGABUNG), set("file.mergedInto",
                new MediaIssueFile.CaseLink(event.originalId().value(), event.originalNumber().value())));
    }

    @EventHandler
    void on(MediaDuplicateAttached event, @SequenceNumber long sequence) {
        record(event, sequence, event.attachedAt(), null, TimelineDetails.of(
                "duplicateNumber", event.duplicateNumber().value(), "outlet", event.duplicateSource().outlet()));
        change(event, sequence, push("file.duplicates", new MediaIssueFile.Duplicate(event.duplicateId().value(),
                event.duplicateNumber().value(), event.duplicateSource().outlet(), event.duplicateSource().url(),
                event.duplicateSource().reach())));
    }

    @EventHandler
    void on(MediaIssueReferred event, @SequenceNumber long sequence) {
        record(event, sequence, event.referredAt(), event.referredBy(), TimelineDetails.of(
                "kind", event.kind().name(), "caseNumber", event.caseNumber(), "explanation", event.explanation()));
        change(event, sequence,
                set("file.status", event.kind() == ReferralKind.PENGADUAN ? MediaIssueStatus.DIALIHKAN_KE_PENGADUAN
                        : MediaIssueStatus.DIALIHKAN_KE_PPID),
                set("file.referral", new MediaIssueFile.Referral(event.kind(), event.caseId(), event.caseNumber(),
                        event.explanation(), event.referredBy().value(), event.referredAt())));
    }

    @EventHandler
    void on(MediaIssueAssigned event, @SequenceNumber long sequence) {
        record(event, sequence, event.assignedAt(), event.assignedBy(), TimelineDetails.of(
                "handler", event.handler().value(), "note", event.note()));
        change(event, sequence);
    }

    @EventHandler
    void on(MediaDeadlineMissed event, @SequenceNumber long sequence) {
        record(event, sequence, event.recordedAt(), null, TimelineDetails.of("stage", event.stage().name(),
                "dueDate", event.dueDate().toString()));
        change(event, sequence, set(event.stage() == MediaDeadlineMissed.Stage.TRIASE ? "file.triageDeadlineMissed"
                : "file.responseDeadlineMissed", true));
    }

    @ResetHandler
    void reset() {
        issues.drop();
        timeline.drop();
        createIndexes();
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** Applies {@code updates} unless the file has seen this event or a later one. */
    private void change(MediaIssueEvent event, long sequence, Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(set("file.lastSequence", sequence));
        issues.updateOne(and(eq("_id", event.mediaIssueId().value()), lt("file.lastSequence", sequence)),
                combine(all));
    }

    /** For changes that depend on the file as it is: computed from it, applied under the same guard. */
    private void change(MediaIssueEvent event, long sequence, Function<MediaIssueFile, List<Bson>> updates) {
        MediaIssueDocument document = issues.find(eq("_id", event.mediaIssueId().value())).first();
        if (document == null || document.file().lastSequence() >= sequence) {
            return;
        }
        change(event, sequence, updates.apply(document.file()).toArray(Bson[]::new));
    }

    private static List<Draft> replaceVersion(MediaIssueFile file, int version, UnaryOperator<Draft> change) {
        return replaceLast(file.drafts(), draft -> draft.version() == version, change);
    }

    private static <T> List<T> replaceLast(List<T> items, Predicate<T> which,
            UnaryOperator<T> change) {
        List<T> changed = new ArrayList<>(items);
        for (int i = changed.size() - 1; i >= 0; i--) {
            if (which.test(changed.get(i))) {
                changed.set(i, change.apply(changed.get(i)));
                break;
            }
        }
        return changed;
    }

    private void record(MediaIssueEvent event, long sequence, Instant at, OfficerId actor,
            Map<String, String> details) {
        String id = event.mediaIssueId().value() + ":" + sequence;
        timeline.replaceOne(eq("_id", id), new MediaIssueTimelineDocument(id, event.mediaIssueId().value(), sequence,
                at, event.getClass().getSimpleName(), name(actor), details), UPSERT);
    }

    private static String name(OfficerId officer) {
        return officer == null ? null : officer.value();
    }
}
