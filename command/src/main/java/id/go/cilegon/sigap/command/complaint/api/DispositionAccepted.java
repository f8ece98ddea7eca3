package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/** The unit accepted the complaint and follows it up. */
public record DispositionAccepted(
        ComplaintId complaintId,
        UnitId unit,
        OfficerId acceptedBy,
        Instant acceptedAt) implements ComplaintEvent {
}
