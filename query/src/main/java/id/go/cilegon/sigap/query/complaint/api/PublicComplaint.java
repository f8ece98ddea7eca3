package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import java.time.Instant;

/**
 * A complaint as the public sees it: no personal data, no attachments; {@code answer} is the latest answer or
 * {@code null}.
 */
public record PublicComplaint(
        String number,
        ComplaintStatus status,
        ComplaintCategory category,
        String kecamatan,
        String kelurahan,
        String subject,
        Instant receivedAt,
        String answer,
        Instant answeredAt) {
}
