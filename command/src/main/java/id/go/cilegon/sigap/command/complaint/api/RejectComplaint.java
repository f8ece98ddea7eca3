package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Do not process the complaint, with the reason the complainant will read. */
public record RejectComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        RejectionReason reason,
        String explanation,
        String referredTo,
        OfficerId rejectedBy) {

    public RejectComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("A rejection must explain itself to the complainant");
        }
    }
}
