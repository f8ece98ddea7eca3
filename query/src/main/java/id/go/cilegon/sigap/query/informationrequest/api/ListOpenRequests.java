package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import java.time.LocalDate;

/**
 * The officers' queue: requests still open, the nearest written-notice deadline first, as a {@link RequestQueue}.
 * Each filter narrows it when not {@code null}: {@code number} the registration number, {@code unit} the code of
 * the unit it was forwarded to, {@code status}, {@code noticeDueBy} only requests whose notice is still owed and due
 * on or before that date.
 * {@code offset} and {@code limit} choose a page; a {@code limit} of 0 means the whole queue.
 */
public record ListOpenRequests(String number, String unit, InformationRequestStatus status, LocalDate noticeDueBy,
        int offset, int limit) {

    public ListOpenRequests {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** Every open request: for the supervision page, the deadline watch and the daily digest. */
    public static ListOpenRequests everything() {
        return new ListOpenRequests(null, null, null, null, 0, 0);
    }
}
