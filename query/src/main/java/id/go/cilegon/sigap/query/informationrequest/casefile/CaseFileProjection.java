package id.go.cilegon.sigap.query.informationrequest.casefile;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import id.go.cilegon.sigap.command.complaint.api.ComplaintConverted;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStageRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.DocumentReleased;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEvent;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocumentWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.DisputeFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.ObjectionFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.PendingClarification;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import id.go.cilegon.sigap.query.shared.TimelineDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The officer's case file and the timeline of every request. Each event is applied to the case file only if its
 * sequence number is past the file's {@code lastSequence}, and each timeline entry is keyed by its sequence number,
 * so a replayed or redelivered event changes nothing. Events of one request arrive in order (one streaming
 * processor, sequenced per aggregate), which is what makes the sequence guard sufficient.
 *
 * <p>The guard is part of each write ({@code _id} and {@code lastSequence} below the event's), so no event reads the
 * file first, and the writes go with the processor's batch (ADR 0029); only an answered keberatan reads the file.
 * In each batch the timeline is sent before the case files: {@link CaseFileQueries} reads the timeline up to the
 * file's {@code lastSequence}, so a file must never be ahead of its entries.
 */
@ProcessingGroup(CaseFileProjection.PROCESSING_GROUP)
public class CaseFileProjection {

    public static final String PROCESSING_GROUP = "information-request-case-files";
    static final String CASE_FILES = "information_request_case_files";
    static final String TIMELINE = "information_request_timeline";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<CaseFileDocument> caseFiles;
    private final MongoCollection<TimelineDocument> timeline;

    public CaseFileProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.caseFiles = readModels.getCollection(CASE_FILES, CaseFileDocument.class);
        this.timeline = readModels.getCollection(TIMELINE, TimelineDocument.class);
        createIndexes();
    }

    private void createIndexes() {
        timeline.createIndex(Indexes.ascending("requestId", "sequence"));
    }

    /** The file is written only where there is none: a redelivered registration leaves a file that moved on. */
    @EventHandler
    void on(InformationRequestRegistered event, @SequenceNumber long sequence) {
        record(event, sequence, event.receivedAt(), null, event.channel(), Map.of(
                "registrationNumber", event.registrationNumber().value(),
                "dueDate", event.noticeDeadline().dueDate().toString()));
        BatchedWrites.sendInOrder(timeline, caseFiles);
        BatchedWrites.insertIfAbsent(caseFiles, CaseFileDocument.registered(event.requestId(),
                event.registrationNumber().value(), event.channel(), event.receivedAt(),
                event.requester().get().orElse(null), valueOf(event.proxy()), event.informationRequested(),
                event.purpose(), event.obtainMethod(), event.deliveryMethod(), event.noticeDeadline(), sequence));
    }

    /**
     * A complaint was turned into this request: the case file links back to it. The event is the complaint's, so
     * its sequence number says nothing about the request; setting the same link again is harmless.
     */
    @EventHandler
    void on(ComplaintConverted event) {
        writeFile(eq("_id", event.requestId().value()),
                set("convertedFromComplaint", event.complaintId().value()));
    }

    @EventHandler
    void on(ClarificationRequested event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.MENUNGGU_KELENGKAPAN),
                set("clarification", new PendingClarification(event.reason(), event.requestedAt())));
        record(event, sequence, event.requestedAt(), event.requestedBy(), null, Map.of("reason", event.reason()));
    }

    @EventHandler
    void on(ClarificationProvided event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", event.resumedStatus()), set("clarification", null),
                set("noticeDeadline", event.noticeDeadline()));
        record(event, sequence, event.providedAt(), event.enteredBy(), event.channel(), Map.of(
                "answer", event.answer(), "dueDate", event.noticeDeadline().dueDate().toString()));
    }

    @EventHandler
    void on(InformationRequestForwarded event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.DIPROSES), set("forwardedTo", event.unit()),
                set("forwardInstruction", event.instruction()));
        record(event, sequence, event.forwardedAt(), event.forwardedBy(), null,
                TimelineDetails.of("unit", event.unit().value(), "instruction", event.instruction()));
    }

    /** Who handles the request is the officers' business; the requester's timeline leaves it out. */
    @EventHandler
    void on(InformationRequestAssigned event, @SequenceNumber long sequence) {
        update(event, sequence);
        record(event, sequence, event.assignedAt(), event.assignedBy(), null,
                TimelineDetails.of("handler", event.handler().value(), "note", event.note()));
    }

    @EventHandler
    void on(InformationRequestEscalated event, @SequenceNumber long sequence) {
        update(event, sequence);
        record(event, sequence, event.escalatedAt(), event.escalatedBy(), null,
                TimelineDetails.of("reason", event.reason()));
    }

    @EventHandler
    void on(UnitInputRecorded event, @SequenceNumber long sequence) {
        update(event, sequence);
        record(event, sequence, event.recordedAt(), event.recordedBy(), null,
                Map.of("unit", event.unit().value(), "input", event.input()));
    }

    @EventHandler
    void on(NoticeDeadlineExtended event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.DIPERPANJANG), set("extended", true),
                set("noticeDeadline", event.noticeDeadline()));
        record(event, sequence, event.extendedAt(), event.extendedBy(), null, Map.of(
                "reason", event.reason(), "dueDate", event.noticeDeadline().dueDate().toString()));
    }

    @EventHandler
    void on(WrittenNoticeSent event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", event.notice().decision().status()), set("notice", event.notice()),
                set("noticeSentAt", event.sentAt()), set("noticeLate", event.late()),
                set("deliveryOwed", event.notice().decision().grantsInformation()));
        record(event, sequence, event.sentAt(), event.sentBy(), null, Map.of(
                "decision", event.notice().decision().name(), "late", String.valueOf(event.late())));
    }

    @EventHandler
    void on(InformationDelivered event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.INFORMASI_DISERAHKAN),
                set("deliveryOwed", false), set("lastDeliveredAt", event.deliveredAt()));
        record(event, sequence, event.recordedAt(), event.recordedBy(), null, Map.of(
                "method", event.method().name(), "deliveredAt", event.deliveredAt().toString()));
    }

    @EventHandler
    void on(DocumentReleased event, @SequenceNumber long sequence) {
        update(event, sequence, push("documents", event.document()));
        record(event, sequence, event.releasedAt(), event.releasedBy(), null, Map.of(
                "documentId", event.document().documentId(), "fileName", event.document().fileName()));
    }

    /** The file leaves the case file; the timeline keeps its name and why it was taken back. */
    @EventHandler
    void on(ReleasedDocumentWithdrawn event, @SequenceNumber long sequence) {
        update(event, sequence, pull("documents", new Document("documentId", event.documentId())));
        record(event, sequence, event.withdrawnAt(), event.withdrawnBy(), null, Map.of(
                "documentId", event.documentId(), "fileName", event.fileName(), "reason", event.reason()));
    }

    @EventHandler
    void on(InformationRequestClosed event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.SELESAI));
        record(event, sequence, event.closedAt(), event.closedBy(), null, Map.of());
    }

    @EventHandler
    void on(InformationRequestWithdrawn event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.DIBATALKAN), set("clarification", null));
        record(event, sequence, event.withdrawnAt(), event.enteredBy(), event.channel(),
                TimelineDetails.of("reason", event.reason()));
    }

    /** A breach sits beside the status; the case does not move. */
    @EventHandler
    void on(NoticeDeadlineMissed event, @SequenceNumber long sequence) {
        update(event, sequence, set("noticeDeadlineMissed", true));
        record(event, sequence, event.recordedAt(), null, null, Map.of("dueDate", event.dueDate().toString()));
    }

    @EventHandler
    void on(ObjectionFiled event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.KEBERATAN_DIAJUKAN),
                set("objection", new ObjectionFile(event.objectionNumber(), event.ground(), event.caseSummary(),
                        event.channel(), event.receivedAt(), event.groundAroseOn(), event.answerDeadline(), null, null,
                        null, false, false, null)),
                set("dispute", null));
        record(event, sequence, event.receivedAt(), event.enteredBy(), event.channel(), Map.of(
                "number", event.objectionNumber().value(), "ground", event.ground().name(),
                "dueDate", event.answerDeadline().dueDate().toString()));
    }

    /** An upheld keberatan on a ground about withheld information obliges the PPID to hand it over. */
    @EventHandler
    void on(ObjectionAnswered event, @SequenceNumber long sequence) {
        BatchedWrites.send();
        CaseFileDocument current = caseFiles.find(eq("_id", event.requestId().value())).first();
        boolean releases = event.outcome() == ObjectionOutcome.UPHELD && current != null
                && current.objection() != null && current.objection().ground().upheldReleasesInformation();
        boolean owed = releases || (current != null && current.deliveryOwed());
        update(event, sequence, set("status", event.outcome().status()), set("deliveryOwed", owed),
                set("objection.outcome", event.outcome()), set("objection.reasons", event.reasons()),
                set("objection.answeredAt", event.answeredAt()), set("objection.answeredLate", event.late()),
                set("objection.disputeWindow", event.disputeWindow()));
        record(event, sequence, event.answeredAt(), event.answeredBy(), null, TimelineDetails.of(
                "number", event.objectionNumber().value(), "outcome", event.outcome().name(),
                "reasons", event.reasons(), "late", String.valueOf(event.late()),
                "disputeWindowEnds", event.disputeWindow().dueDate().toString()));
    }

    @EventHandler
    void on(ObjectionAnswerDeadlineMissed event, @SequenceNumber long sequence) {
        update(event, sequence, set("objection.answerDeadlineMissed", true),
                set("objection.disputeWindow", event.disputeWindow()));
        record(event, sequence, event.recordedAt(), null, null, Map.of(
                "number", event.objectionNumber().value(), "dueDate", event.dueDate().toString(),
                "disputeWindowEnds", event.disputeWindow().dueDate().toString()));
    }

    @EventHandler
    void on(DisputeFiled event, @SequenceNumber long sequence) {
        update(event, sequence, set("status", InformationRequestStatus.SENGKETA_DIAJUKAN),
                set("dispute", new DisputeFile(event.commission(), event.caseNumber(), event.filedOn(),
                        List.of(new DisputeFile.Stage(DisputeStage.DIDAFTARKAN_KI, event.filedOn(), null)))));
        record(event, sequence, event.recordedAt(), event.recordedBy(), null, TimelineDetails.of(
                "commission", event.commission(), "caseNumber", event.caseNumber(),
                "filedOn", event.filedOn().toString()));
    }

    @EventHandler
    void on(DisputeStageRecorded event, @SequenceNumber long sequence) {
        update(event, sequence, push("dispute.stages",
                new DisputeFile.Stage(event.stage(), event.reachedOn(), event.outcome())));
        record(event, sequence, event.recordedAt(), event.recordedBy(), null, TimelineDetails.of(
                "stage", event.stage().name(), "reachedOn", event.reachedOn().toString(),
                "outcome", event.outcome()));
    }

    /**
     * The people were erased: the case file forgets them, and the page says so. Not guarded by sequence, because the
     * event is the erasure request's, and scrubbing twice is scrubbing once.
     */
    @EventHandler
    void on(DataSubjectsErased event) {
        event.rolesByCase(PersonInCase.CaseKind.PERMOHONAN).forEach((requestId, roles) -> {
            List<Bson> scrub = new ArrayList<>();
            if (roles.contains(PersonInCase.Role.PEMOHON)) {
                scrub.add(set("requester", null));
            }
            if (roles.contains(PersonInCase.Role.KUASA)) {
                scrub.add(set("proxy", null));
            }
            if (!scrub.isEmpty()) {
                writeFile(eq("_id", requestId), combine(scrub));
            }
        });
    }

    @ResetHandler
    void reset() {
        caseFiles.drop();
        timeline.drop();
        createIndexes();
    }

    /**
     * Applies the changes once: a case file already past this event, or none at all, is left alone. The guard stands
     * beside the key in the write itself, which the embedded store answers by key as MongoDB does (ADR 0024).
     */
    private void update(InformationRequestEvent event, long sequence, Bson... changes) {
        Bson[] all = Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = set("lastSequence", sequence);
        writeFile(and(eq("_id", event.requestId().value()), lt("lastSequence", sequence)), combine(all));
    }

    /** Every write to a case file: with the batch, after the batch's timeline entries. */
    private void writeFile(Bson filter, Bson update) {
        BatchedWrites.sendInOrder(timeline, caseFiles);
        BatchedWrites.updateOne(caseFiles, filter, update);
    }

    /** A unit's internal input and who handles the request stay off the requester's view of the timeline. */
    private void record(InformationRequestEvent event, long sequence, Instant at, OfficerId actor, Channel channel,
            Map<String, String> details) {
        String requestId = event.requestId().value();
        BatchedWrites.sendInOrder(timeline, caseFiles);
        BatchedWrites.replaceOne(timeline, eq("_id", requestId + ":" + sequence), new TimelineDocument(
                requestId + ":" + sequence, requestId, sequence, at, event.getClass().getSimpleName(),
                actor == null ? null : actor.value(), channel, details,
                !(event instanceof UnitInputRecorded || event instanceof InformationRequestAssigned
                        || event instanceof InformationRequestEscalated)), UPSERT);
    }

    private static <T> T valueOf(PersonalData<T> data) {
        return data == null ? null : data.get().orElse(null);
    }
}
