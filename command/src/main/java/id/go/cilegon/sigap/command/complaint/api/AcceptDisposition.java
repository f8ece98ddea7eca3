package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit takes the complaint on. */
public record AcceptDisposition(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UnitId unit,
        OfficerId acceptedBy) {

    public AcceptDisposition {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
    }
}
