package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The case waits for the Atasan PPID, for the reason given, until someone assigns it a handler. */
public record ComplaintEscalated(
        ComplaintId complaintId,
        String reason,
        OfficerId escalatedBy,
        Instant escalatedAt) implements ComplaintEvent {
}
