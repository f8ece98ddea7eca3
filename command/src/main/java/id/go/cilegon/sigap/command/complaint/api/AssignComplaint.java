package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A supervisor or the Atasan PPID gives the case to an officer to handle, or to another one; assigning it after an
 * escalation takes it back from the Atasan.
 *
 * @param note what the handler is asked to do; may be {@code null}
 */
public record AssignComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        OfficerId handler,
        String note,
        OfficerId assignedBy) {

    public AssignComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(assignedBy, "assignedBy");
    }
}
