package id.go.cilegon.sigap.command.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * The complainant was not satisfied: the units that had accepted the complaint follow it up again, each with a new
 * deadline.
 */
public record ComplaintReopened(
        ComplaintId complaintId,
        String reason,
        int reopening,
        List<UnitFollowUp> units,
        Instant reopenedAt) implements ComplaintEvent {
}
