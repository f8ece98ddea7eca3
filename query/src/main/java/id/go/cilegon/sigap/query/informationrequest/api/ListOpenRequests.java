package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;

/**
 * The officers' queue: the requests still open, the nearest due date first, optionally narrowed down.
 *
 * @param status only requests in this status; {@code null} for any
 * @param unit   only requests forwarded to this unit's PPID Pelaksana; {@code null} for any, forwarded or not
 */
public record ListOpenRequests(InformationRequestStatus status, UnitId unit) {

    /** Every open request. */
    public ListOpenRequests() {
        this(null, null);
    }
}
