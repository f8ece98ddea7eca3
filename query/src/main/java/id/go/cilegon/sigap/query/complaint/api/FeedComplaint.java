package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as an open-data feed shows it: what and where, where it stands and who handles it, never who
 * complained.
 *
 * @param latitude   the map point the citizen gave, or {@code null}
 * @param updatedAt  the last thing that happened to it
 * @param expectedBy the next due date of its running clock, or {@code null}
 * @param units      the units that have it now
 * @param answer     the latest answer, or {@code null}
 */
public record FeedComplaint(
        String number,
        ComplaintStatus status,
        ComplaintCategory category,
        String subject,
        String description,
        String kecamatan,
        String kelurahan,
        Double latitude,
        Double longitude,
        Instant receivedAt,
        Instant updatedAt,
        LocalDate expectedBy,
        List<UnitId> units,
        String answer) {
}
