package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as the yearly report counts it: no personal data, only what the figures need.
 *
 * @param verificationDue            the verification due date as last set
 * @param verifiedAt                 when it was verified, or {@code null}
 * @param verificationDeadlineMissed the breach is on record
 * @param ratings                    every verdict's rating, oldest first
 * @param units                      the codes of every unit it was sent to, returned or not
 * @param answeredAt                 when the latest answer went to the complainant, or {@code null}
 */
public record ReportedComplaint(
        String complaintId,
        String number,
        ComplaintCategory category,
        ComplaintStatus status,
        boolean confidential,
        Instant receivedAt,
        LocalDate verificationDue,
        Instant verifiedAt,
        boolean verificationDeadlineMissed,
        List<Integer> ratings,
        int reopenings,
        List<String> units,
        Instant answeredAt) {
}
