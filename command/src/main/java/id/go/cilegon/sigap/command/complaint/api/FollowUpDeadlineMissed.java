package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's follow-up due date passed without a follow-up from it: a breach on the case file, recorded once per
 * deadline.
 */
public record FollowUpDeadlineMissed(
        ComplaintId complaintId,
        UnitId unit,
        LocalDate dueDate,
        Instant recordedAt) implements ComplaintEvent {
}
