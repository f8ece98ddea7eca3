package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept the complaint as one for the city. {@code note} is optional. */
public record VerifyComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String note,
        OfficerId verifiedBy) {

    public VerifyComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(verifiedBy, "verifiedBy");
    }
}
