package id.go.cilegon.sigap.command.complaint.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline watch after the verification due date. Safe to send again; the breach is recorded once. */
public record RecordVerificationDeadlineMissed(
        @TargetAggregateIdentifier ComplaintId complaintId) {

    public RecordVerificationDeadlineMissed {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
