package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Set;

/**
 * Open complaints for an officer's queue, most urgent first (the nearest due date, then the oldest; those with no
 * running clock last), as a {@link ComplaintQueue}. {@code statuses} empty means every open status; {@code unit}
 * non-null means only complaints that unit has now (disposed, not returned). {@code offset} and {@code limit} choose
 * a page; a {@code limit} of 0 means the whole queue.
 */
public record ListComplaintQueue(Set<ComplaintStatus> statuses, String number, UnitId unit, int offset, int limit) {

    public ListComplaintQueue {
        statuses = Set.copyOf(statuses);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** Every open complaint: for the supervision page and the daily digest. */
    public static ListComplaintQueue everything() {
        return new ListComplaintQueue(Set.of(), null, null, 0, 0);
    }
}
