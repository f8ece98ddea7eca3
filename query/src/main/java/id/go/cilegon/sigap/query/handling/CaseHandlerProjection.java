package id.go.cilegon.sigap.query.handling;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueAssigned;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;

/**
 * Who handles each case and whether it waits for the Atasan PPID, for requests, complaints and media issues
 * alike, so the supervision page joins one small collection instead of reading every case file. An event is applied only to a
 * document that has not seen a later one of its case, so a redelivery changes nothing.
 */
@ProcessingGroup(CaseHandlerProjection.PROCESSING_GROUP)
public class CaseHandlerProjection {

    public static final String PROCESSING_GROUP = "case-handlers";
    static final String COLLECTION = "case_handlers";

    private final MongoCollection<CaseHandlerDocument> handlers;

    public CaseHandlerProjection(MongoDatabase database) {
        this.handlers = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(COLLECTION, CaseHandlerDocument.class);
    }

    @EventHandler
    void on(InformationRequestAssigned event, @SequenceNumber long sequence) {
        assigned(event.requestId().value(), sequence, event.handler(), event.note(), event.assignedBy(),
                event.assignedAt());
    }

    @EventHandler
    void on(ComplaintAssigned event, @SequenceNumber long sequence) {
        assigned(event.complaintId().value(), sequence, event.handler(), event.note(), event.assignedBy(),
                event.assignedAt());
    }

    @EventHandler
    void on(MediaIssueAssigned event, @SequenceNumber long sequence) {
        assigned(event.mediaIssueId().value(), sequence, event.handler(), event.note(), event.assignedBy(),
                event.assignedAt());
    }

    @EventHandler
    void on(InformationRequestEscalated event, @SequenceNumber long sequence) {
        escalated(event.requestId().value(), sequence, event.reason(), event.escalatedBy(), event.escalatedAt());
    }

    @EventHandler
    void on(ComplaintEscalated event, @SequenceNumber long sequence) {
        escalated(event.complaintId().value(), sequence, event.reason(), event.escalatedBy(), event.escalatedAt());
    }

    /** A new handler ends any escalation. */
    private void assigned(String caseId, long sequence, OfficerId handler, String note, OfficerId by, Instant at) {
        apply(caseId, sequence, set("handler", handler.value()), set("note", note), set("assignedBy", by.value()),
                set("assignedAt", at), set("escalationReason", null), set("escalatedBy", null),
                set("escalatedAt", null));
    }

    private void escalated(String caseId, long sequence, String reason, OfficerId by, Instant at) {
        apply(caseId, sequence, set("escalationReason", reason), set("escalatedBy", by.value()),
                set("escalatedAt", at));
    }

    /**
     * Makes sure the case has a document, then changes it only if it has not seen this event or a later one; the
     * second step never upserts, so a document ahead of the event is left alone rather than duplicated.
     */
    private void apply(String caseId, long sequence, Bson... changes) {
        BatchedWrites.updateOne(handlers, eq("_id", caseId), setOnInsert("lastSequence", -1L),
                new UpdateOptions().upsert(true));
        Bson[] all = java.util.Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = set("lastSequence", sequence);
        BatchedWrites.updateOne(handlers, and(eq("_id", caseId), lt("lastSequence", sequence)), combine(all));
    }

    @ResetHandler
    void reset() {
        handlers.drop();
    }
}
