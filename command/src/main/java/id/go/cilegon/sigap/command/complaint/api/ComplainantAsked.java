package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The verifier asked the complainant for more; the verification clock stops until the answer. */
public record ComplainantAsked(
        ComplaintId complaintId,
        String question,
        OfficerId askedBy,
        Instant askedAt) implements ComplaintEvent {
}
