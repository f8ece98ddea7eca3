package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The case has a handler now; an escalation before it is over. {@code note} may be {@code null}. */
public record ComplaintAssigned(
        ComplaintId complaintId,
        OfficerId handler,
        String note,
        OfficerId assignedBy,
        Instant assignedAt) implements ComplaintEvent {
}
