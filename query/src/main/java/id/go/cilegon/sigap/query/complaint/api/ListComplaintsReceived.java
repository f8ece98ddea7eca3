package id.go.cilegon.sigap.query.complaint.api;

import java.time.Instant;

/**
 * Every complaint received in {@code [from, to)}, <i>rahasia</i> ones included, for the agency's own reports; answered
 * with {@link ReportedComplaint}s in order of number.
 */
public record ListComplaintsReceived(Instant from, Instant to) {
}
