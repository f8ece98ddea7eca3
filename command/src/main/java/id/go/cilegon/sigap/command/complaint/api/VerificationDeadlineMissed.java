package id.go.cilegon.sigap.command.complaint.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The verification due date passed while the complaint was still unverified: a breach on the case file, recorded
 * once.
 */
public record VerificationDeadlineMissed(
        ComplaintId complaintId,
        LocalDate dueDate,
        Instant recordedAt) implements ComplaintEvent {
}
