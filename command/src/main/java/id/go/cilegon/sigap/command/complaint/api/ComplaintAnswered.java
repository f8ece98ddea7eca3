package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * A unit's answer went to the complainant. Starts the period for the complainant's verdict, {@code
 * feedbackDeadline}.
 */
public record ComplaintAnswered(
        ComplaintId complaintId,
        UnitId unit,
        String answer,
        OfficerId answeredBy,
        Instant answeredAt,
        Deadline feedbackDeadline) implements ComplaintEvent {
}
