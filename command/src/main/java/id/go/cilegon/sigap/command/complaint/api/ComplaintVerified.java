package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * The verifier accepted the complaint as one for the city; it waits for its disposition. {@code late} says the
 * verification came after its due date.
 */
public record ComplaintVerified(
        ComplaintId complaintId,
        String note,
        OfficerId verifiedBy,
        Instant verifiedAt,
        boolean late) implements ComplaintEvent {
}
