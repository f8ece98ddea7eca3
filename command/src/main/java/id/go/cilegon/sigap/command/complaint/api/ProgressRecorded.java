package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/**
 * A unit posted a follow-up note (<i>tindak lanjut</i>); the first one after a disposition or reopening meets the
 * unit's follow-up deadline.
 */
public record ProgressRecorded(
        ComplaintId complaintId,
        UnitId unit,
        String note,
        OfficerId recordedBy,
        Instant recordedAt) implements ComplaintEvent {
}
