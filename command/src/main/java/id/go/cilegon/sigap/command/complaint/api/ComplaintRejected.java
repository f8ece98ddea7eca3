package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * The verifier will not process the complaint. {@code referredTo} names the competent body when the reason is
 * {@link RejectionReason#BUKAN_WEWENANG}, else {@code null}.
 */
public record ComplaintRejected(
        ComplaintId complaintId,
        RejectionReason reason,
        String explanation,
        String referredTo,
        OfficerId rejectedBy,
        Instant rejectedAt) implements ComplaintEvent {
}
