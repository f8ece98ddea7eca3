package id.go.cilegon.sigap.command.complaint.api;

import java.time.Instant;

/** A duplicate complaint was merged into this one; its complainant receives this complaint's updates from now on. */
public record DuplicateAttached(
        ComplaintId complaintId,
        ComplaintId duplicateId,
        ComplaintNumber duplicateNumber,
        String duplicateTrackingCodeHash,
        Instant attachedAt) implements ComplaintEvent {
}
