package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.util.List;

/**
 * The complaint was sent to units (<i>disposisi</i>); each must accept or return it and post its first follow-up by
 * its deadline.
 */
public record ComplaintDisposed(
        ComplaintId complaintId,
        List<UnitFollowUp> units,
        String instruction,
        OfficerId disposedBy,
        Instant disposedAt) implements ComplaintEvent {
}
