package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** This complaint duplicates {@code originalId}; it closes here and its complainant follows the original. */
public record ComplaintMerged(
        ComplaintId complaintId,
        ComplaintId originalId,
        ComplaintNumber originalNumber,
        OfficerId mergedBy,
        Instant mergedAt) implements ComplaintEvent {
}
