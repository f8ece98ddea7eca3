package id.go.cilegon.sigap.command.complaint.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline watch once the period for a verdict has passed. Safe to send again. */
public record CloseWithoutFeedback(
        @TargetAggregateIdentifier ComplaintId complaintId) {

    public CloseWithoutFeedback {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
