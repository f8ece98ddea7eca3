package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline watch after a unit's follow-up due date. Safe to send again; the breach is recorded once per
 * deadline.
 */
public record RecordFollowUpDeadlineMissed(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UnitId unit) {

    public RecordFollowUpDeadlineMissed {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(unit, "unit");
    }
}
