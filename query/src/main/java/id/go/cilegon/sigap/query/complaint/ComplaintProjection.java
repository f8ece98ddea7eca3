package id.go.cilegon.sigap.query.complaint;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintConverted;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEvent;
import id.go.cilegon.sigap.command.complaint.api.ComplaintMerged;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.DispositionReturned;
import id.go.cilegon.sigap.command.complaint.api.DuplicateAttached;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile.DispositionState;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import id.go.cilegon.sigap.query.shared.TimelineDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Every complaint's case file and timeline. The timeline entry is written first, keyed by the event's sequence
 * number; then the case file, only if the event is past its {@code lastSequence}. So a replayed or redelivered event
 * changes nothing, and a reader who sees the file's {@code lastSequence} finds every entry up to it. Events of one
 * complaint arrive in order (one streaming processor, sequenced per aggregate), which makes the guard sufficient.
 * Within a batch of the processor the files read are kept and the writes sent, in that order, when the batch ends
 * ({@link ComplaintBatch}, ADR 0029).
 */
@ProcessingGroup(ComplaintProjection.PROCESSING_GROUP)
public class ComplaintProjection {

    public static final String PROCESSING_GROUP = "complaints";
    static final String COMPLAINTS = "complaints";
    static final String TIMELINE = "complaint_timeline";
    static final String OPEN = "open_complaints";

    /** Entries the complainant's status page leaves out: internal routing and breaches. */
    private static final Set<String> OFFICERS_ONLY = Set.of("DispositionReturned", "VerificationDeadlineMissed",
            "FollowUpDeadlineMissed", "ComplaintAssigned", "ComplaintEscalated");

    /** Where a batch keeps its {@link ComplaintBatch}. */
    private static final String BATCH = ComplaintBatch.class.getName();
    private static final String TRACKING_CODE_INDEX = "trackingCodeHash_1";
    private static final int INDEX_OPTIONS_CONFLICT = 85;
    private static final int INDEX_KEY_SPECS_CONFLICT = 86;

    private final MongoCollection<ComplaintDocument> complaints;
    private final MongoCollection<ComplaintTimelineDocument> timeline;
    private final MongoCollection<OpenComplaintDocument> open;

    public ComplaintProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.complaints = readModels.getCollection(COMPLAINTS, ComplaintDocument.class);
        this.timeline = readModels.getCollection(TIMELINE, ComplaintTimelineDocument.class);
        this.open = readModels.getCollection(OPEN, OpenComplaintDocument.class);
        createIndexes();
        fillOpenWork();
    }

    /**
     * A store written before the open complaints had a collection of their own gets it from the complaints' files
     * once, at start, before the processor runs; afterwards every change of a file keeps it.
     */
    private void fillOpenWork() {
        if (open.find().first() != null) {
            return;
        }
        Listings.batched(complaints.find(nin("file.status", OpenComplaintDocument.CLOSED)))
                .forEach(document -> inBatch(batch -> batch.keepOpenWork(document.file())));
    }

    private void createIndexes() {
        uniqueTrackingCodes();
        complaints.createIndex(Indexes.ascending("file.status"));
        complaints.createIndex(Indexes.ascending("file.location.kelurahan", "file.category"));
        complaints.createIndex(Indexes.ascending("file.dispositions.unit.value"));
        timeline.createIndex(Indexes.ascending("complaintId", "sequence"));
        open.createIndex(Indexes.ascending("dueOrder", "item.receivedAt"));
        open.createIndex(Indexes.ascending("item.units.value", "dueOrder"));
        open.createIndex(Indexes.ascending("item.status", "dueOrder"));
        open.createIndex(Indexes.ascending("item.number"));
    }

    /**
     * The status page finds a complaint by its tracking code's hash, so that index is unique: the embedded store
     * answers an exact match on a unique index by key and searches every complaint for any other. A store created
     * when the index was not unique has it replaced.
     */
    private void uniqueTrackingCodes() {
        IndexOptions unique = new IndexOptions().unique(true).name(TRACKING_CODE_INDEX);
        try {
            complaints.createIndex(Indexes.ascending("trackingCodeHash"), unique);
        } catch (MongoCommandException conflict) {
            int code = conflict.getErrorCode();
            if (code != INDEX_OPTIONS_CONFLICT && code != INDEX_KEY_SPECS_CONFLICT) {
                throw conflict;
            }
            complaints.dropIndex(TRACKING_CODE_INDEX);
            complaints.createIndex(Indexes.ascending("trackingCodeHash"), unique);
        }
    }

    @EventHandler
    void on(ComplaintRegistered event, @SequenceNumber long sequence) {
        record(event, sequence, event.receivedAt(), event.enteredBy(), TimelineDetails.of(
                "number", event.number().value(),
                "dueDate", event.verificationDeadline().dueDate().toString()));
        inBatch(batch -> {
            Optional<ComplaintDocument> known = batch.file(event.complaintId().value());
            if (known.isPresent()) {
                batch.keepOpenWork(known.get().file());
            } else {
                registered(batch, event, sequence);
            }
        });
    }

    private void registered(ComplaintBatch batch, ComplaintRegistered event, long sequence) {
        ComplaintFile file = new ComplaintFile(event.complaintId().value(), event.number().value(),
                ComplaintStatus.DITERIMA, event.channel(), event.receivedAt(),
                event.complainant() == null ? null : event.complainant().value(), event.complainant() == null,
                event.confidential(), event.subject(), event.description(), event.category(), event.location(),
                event.attachments(), event.enteredBy() == null ? null : event.enteredBy().value(),
                event.verificationDeadline(), false, null, null, null, null, List.of(), null, List.of(), null, null,
                List.of(), 0, null, sequence);
        batch.changed(new ComplaintDocument(file.complaintId(), event.trackingCodeHash(), file, null));
        batch.keepOpenWork(file);
    }

    @EventHandler
    void on(ComplainantAsked event, @SequenceNumber long sequence) {
        record(event, sequence, event.askedAt(), event.askedBy(), TimelineDetails.of("question", event.question()));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.DITUNDA;
            file.pendingQuestion = new ComplaintFile.Question(event.question(), event.askedAt());
        });
    }

    @EventHandler
    void on(ComplainantAnswered event, @SequenceNumber long sequence) {
        record(event, sequence, event.answeredAt(), event.enteredBy(), TimelineDetails.of("answer", event.answer(),
                "dueDate", event.verificationDeadline().dueDate().toString()));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.DITERIMA;
            file.pendingQuestion = null;
            file.verificationDeadline = event.verificationDeadline();
        });
    }

    @EventHandler
    void on(ComplaintVerified event, @SequenceNumber long sequence) {
        record(event, sequence, event.verifiedAt(), event.verifiedBy(), TimelineDetails.of("note", event.note(),
                "late", String.valueOf(event.late())));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.TERVERIFIKASI;
            file.pendingQuestion = null;
            file.verifiedAt = event.verifiedAt();
        });
    }

    @EventHandler
    void on(ComplaintRejected event, @SequenceNumber long sequence) {
        record(event, sequence, event.rejectedAt(), event.rejectedBy(), TimelineDetails.of(
                "reason", event.reason().name(),
                "explanation", event.explanation(), "referredTo", event.referredTo()));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.DITOLAK;
            file.pendingQuestion = null;
            file.rejection = new ComplaintFile.Rejection(event.reason(), event.explanation(), event.referredTo(),
                    event.rejectedAt());
            file.closedAt = event.rejectedAt();
        });
    }

    @EventHandler
    void on(ComplaintMerged event, @SequenceNumber long sequence) {
        record(event, sequence, event.mergedAt(), event.mergedBy(),
                TimelineDetails.of("originalNumber", event.originalNumber().value()));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.DIGABUNG;
            file.pendingQuestion = null;
            file.mergedInto = new ComplaintFile.CaseLink(event.originalId().value(), event.originalNumber().value());
            file.closedAt = event.mergedAt();
        });
    }

    @EventHandler
    void on(DuplicateAttached event, @SequenceNumber long sequence) {
        record(event, sequence, event.attachedAt(), null,
                TimelineDetails.of("duplicateNumber", event.duplicateNumber().value()));
        change(event, sequence, file -> file.duplicates.add(new ComplaintFile.CaseLink(event.duplicateId().value(),
                event.duplicateNumber().value())));
    }

    @EventHandler
    void on(ComplaintConverted event, @SequenceNumber long sequence) {
        record(event, sequence, event.convertedAt(), event.convertedBy(), TimelineDetails.of("registrationNumber",
                event.registrationNumber().value(), "explanation", event.explanation()));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.DIALIHKAN_KE_PPID;
            file.pendingQuestion = null;
            file.convertedTo = new ComplaintFile.Conversion(event.requestId().value(),
                    event.registrationNumber().value(), event.explanation(), event.convertedAt());
            file.closedAt = event.convertedAt();
        });
    }

    @EventHandler
    void on(ComplaintDisposed event, @SequenceNumber long sequence) {
        record(event, sequence, event.disposedAt(), event.disposedBy(), TimelineDetails.of(
                "units", event.units().stream().map(unit -> unit.unit().value()).collect(Collectors.joining(",")),
                "instruction", event.instruction(), "dueDate", earliest(event.units())));
        change(event, sequence, file -> {
            for (UnitFollowUp unit : event.units()) {
                file.dispositions.add(new ComplaintFile.Disposition(unit.unit(), DispositionState.MENUNGGU,
                        event.instruction(), event.disposedAt(), unit.followUpDeadline(), false, false, null));
            }
            if (!file.anyAccepted()) {
                file.status = ComplaintStatus.DIDISPOSISI;
            }
        });
    }

    @EventHandler
    void on(DispositionAccepted event, @SequenceNumber long sequence) {
        record(event, sequence, event.acceptedAt(), event.acceptedBy(),
                TimelineDetails.of("unit", event.unit().value()));
        change(event, sequence, file -> {
            file.changeActive(event.unit(), disposition -> ComplaintFileChange.withState(disposition,
                    DispositionState.DITERIMA_UNIT, null));
            file.status = ComplaintStatus.DITINDAKLANJUTI;
        });
    }

    @EventHandler
    void on(DispositionReturned event, @SequenceNumber long sequence) {
        record(event, sequence, event.returnedAt(), event.returnedBy(), TimelineDetails.of("unit", event.unit().value(),
                "reason", event.reason()));
        change(event, sequence, file -> {
            file.changeActive(event.unit(), disposition -> ComplaintFileChange.withState(disposition,
                    DispositionState.DIKEMBALIKAN, event.reason()));
            if (!file.anyActive()) {
                file.status = ComplaintStatus.TERVERIFIKASI;
            } else if (!file.anyAccepted()) {
                file.status = ComplaintStatus.DIDISPOSISI;
            }
        });
    }

    @EventHandler
    void on(ComplaintAssigned event, @SequenceNumber long sequence) {
        record(event, sequence, event.assignedAt(), event.assignedBy(),
                TimelineDetails.of("handler", event.handler().value(), "note", event.note()));
        change(event, sequence, file -> { });
    }

    @EventHandler
    void on(ComplaintEscalated event, @SequenceNumber long sequence) {
        record(event, sequence, event.escalatedAt(), event.escalatedBy(), TimelineDetails.of("reason", event.reason()));
        change(event, sequence, file -> { });
    }

    @EventHandler
    void on(ProgressRecorded event, @SequenceNumber long sequence) {
        record(event, sequence, event.recordedAt(), event.recordedBy(), TimelineDetails.of("unit", event.unit().value(),
                "note", event.note()));
        change(event, sequence, file -> file.changeActive(event.unit(), ComplaintFileChange::followedUp));
    }

    @EventHandler
    void on(ComplaintAnswered event, @SequenceNumber long sequence) {
        record(event, sequence, event.answeredAt(), event.answeredBy(), TimelineDetails.of("unit", event.unit().value(),
                "answer", event.answer(), "dueDate", event.feedbackDeadline().dueDate().toString()));
        change(event, sequence, file -> {
            file.changeActive(event.unit(), ComplaintFileChange::followedUp);
            file.status = ComplaintStatus.DITANGGAPI;
            file.answer = new ComplaintFile.Answer(event.unit(), event.answer(), event.answeredAt());
            file.feedbackDeadline = event.feedbackDeadline();
        });
    }

    @EventHandler
    void on(VerdictGiven event, @SequenceNumber long sequence) {
        record(event, sequence, event.givenAt(), null, TimelineDetails.of(
                "satisfied", String.valueOf(event.satisfied()),
                "rating", String.valueOf(event.rating()), "comment", event.comment()));
        change(event, sequence, file -> file.verdicts.add(new ComplaintFile.Verdict(event.satisfied(),
                event.rating(), event.comment(), event.givenAt())));
    }

    @EventHandler
    void on(ComplaintReopened event, @SequenceNumber long sequence) {
        record(event, sequence, event.reopenedAt(), null, TimelineDetails.of("reason", event.reason(),
                "reopening", String.valueOf(event.reopening()), "dueDate", earliest(event.units())));
        change(event, sequence, file -> {
            file.status = ComplaintStatus.DITINDAKLANJUTI;
            file.reopenings = event.reopening();
            file.feedbackDeadline = null;
            for (UnitFollowUp unit : event.units()) {
                file.changeActive(unit.unit(), disposition -> ComplaintFileChange.restarted(disposition,
                        unit.followUpDeadline()));
            }
        });
    }

    @EventHandler
    void on(ComplaintClosed event, @SequenceNumber long sequence) {
        record(event, sequence, event.closedAt(), null,
                TimelineDetails.of("withoutFeedback", String.valueOf(event.withoutFeedback())));
        change(event, sequence, file -> {
            file.status = event.withoutFeedback() ? ComplaintStatus.SELESAI_TANPA_UMPAN_BALIK : ComplaintStatus.SELESAI;
            file.feedbackDeadline = null;
            file.closedAt = event.closedAt();
        });
    }

    @EventHandler
    void on(VerificationDeadlineMissed event, @SequenceNumber long sequence) {
        record(event, sequence, event.recordedAt(), null, TimelineDetails.of("dueDate", event.dueDate().toString()));
        change(event, sequence, file -> file.verificationDeadlineMissed = true);
    }

    @EventHandler
    void on(FollowUpDeadlineMissed event, @SequenceNumber long sequence) {
        record(event, sequence, event.recordedAt(), null, TimelineDetails.of("unit", event.unit().value(),
                "dueDate", event.dueDate().toString()));
        change(event, sequence, file -> file.changeActive(event.unit(), ComplaintFileChange::missed));
    }

    /**
     * The complainant was erased: the complaint stays, and its page says whose data is gone. What the batch holds is
     * sent first, so the erasure is written over it and the batch's later events read it.
     */
    @EventHandler
    void on(DataSubjectsErased event) {
        BatchedWrites.send();
        event.rolesByCase(PersonInCase.CaseKind.PENGADUAN).forEach((complaintId, roles) -> {
            if (roles.contains(PersonInCase.Role.PENGADU)) {
                complaints.updateOne(eq("_id", complaintId), combine(set("file.complainant", null),
                        inc("revision", 1L)));
            }
        });
    }

    @ResetHandler
    void reset() {
        complaints.drop();
        timeline.drop();
        open.drop();
        createIndexes();
    }

    /**
     * Applies {@code changes} to the file unless it has applied this event already (delivered again, perhaps after a
     * crash between the file and its open work: the work is repaired). The batch replaces the file only if it is still
     * the revision read ({@link ComplaintBatch}).
     */
    private void change(ComplaintEvent event, long sequence, Consumer<ComplaintFileChange> changes) {
        inBatch(batch -> batch.file(event.complaintId().value()).ifPresent(document -> {
            if (document.file().lastSequence() >= sequence) {
                batch.keepOpenWork(document.file());
                return;
            }
            ComplaintFileChange change = new ComplaintFileChange(document.file());
            changes.accept(change);
            ComplaintFile file = change.applied(sequence);
            batch.changed(new ComplaintDocument(document.id(), document.trackingCodeHash(), file,
                    document.nextRevision()));
            batch.keepOpenWork(file);
        }));
    }

    private void record(ComplaintEvent event, long sequence, Instant at, OfficerId actor,
            Map<String, String> details) {
        String type = event.getClass().getSimpleName();
        String id = event.complaintId().value() + ":" + sequence;
        inBatch(batch -> batch.entry(new ComplaintTimelineDocument(id, event.complaintId().value(), sequence, at, type,
                actor == null ? null : actor.value(), details, !OFFICERS_ONLY.contains(type))));
    }

    /** Works with the batch's {@link ComplaintBatch}; outside a processor's batch, with one sent at once. */
    private void inBatch(Consumer<ComplaintBatch> work) {
        BatchedWrites.withBatch(BATCH, () -> new ComplaintBatch(complaints, timeline, open,
                BatchedWrites.aggregatesOfBatch()), work);
    }

    private static String earliest(List<UnitFollowUp> units) {
        return units.stream().map(unit -> unit.followUpDeadline().dueDate()).min(java.time.LocalDate::compareTo)
                .map(Object::toString).orElse(null);
    }
}
