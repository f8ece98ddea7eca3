package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Set;

/**
 * Open complaints for an officer's queue, most urgent first, as {@link QueueItem}s. {@code statuses} empty means
 * every open status; {@code unit} non-null means only complaints that unit has now (disposed, not returned).
 */
public record ListComplaintQueue(Set<ComplaintStatus> statuses, UnitId unit) {
}
