package id.go.cilegon.sigap.query.handling;

import id.go.cilegon.sigap.query.handling.api.CaseHandler;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/** A case's handler as stored; {@code lastSequence} is that of the case's last event applied. */
public record CaseHandlerDocument(
        @BsonId String caseId,
        String handler,
        String note,
        String assignedBy,
        Instant assignedAt,
        String escalationReason,
        String escalatedBy,
        Instant escalatedAt,
        long lastSequence) {

    CaseHandler toView() {
        return new CaseHandler(caseId, handler, note, assignedBy, assignedAt, escalationReason, escalatedBy,
                escalatedAt);
    }
}
