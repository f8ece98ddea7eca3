package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One open complaint in a queue. {@code nextDue} is the earliest open due date (verification, a unit's follow-up
 * not yet met, or the complainant's verdict) and {@code nextDueKind} says which, both {@code null} when no clock
 * runs (DITUNDA). {@code breached} says a deadline of this complaint was missed.
 */
public record QueueItem(
        String complaintId,
        String number,
        ComplaintStatus status,
        ComplaintCategory category,
        String kecamatan,
        String kelurahan,
        String subject,
        boolean confidential,
        Instant receivedAt,
        List<UnitId> units,
        LocalDate nextDue,
        DueKind nextDueKind,
        boolean breached) {
}
