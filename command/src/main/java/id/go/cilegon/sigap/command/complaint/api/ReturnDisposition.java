package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit sends the complaint back to the verifier, saying why it is not theirs. */
public record ReturnDisposition(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UnitId unit,
        String reason,
        OfficerId returnedBy) {

    public ReturnDisposition {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(returnedBy, "returnedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Returning a complaint needs a reason");
        }
    }
}
