package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The PPID or a supervisor puts the case before the Atasan PPID, saying why. */
public record EscalateComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reason,
        OfficerId escalatedBy) {

    public EscalateComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(escalatedBy, "escalatedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An escalation says why");
        }
    }
}
