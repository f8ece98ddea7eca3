package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/** The unit sent the complaint back to the verifier, with its reason; it is no longer that unit's. */
public record DispositionReturned(
        ComplaintId complaintId,
        UnitId unit,
        String reason,
        OfficerId returnedBy,
        Instant returnedAt) implements ComplaintEvent {
}
