package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;

/**
 * The public page of complaints: not <i>rahasia</i>, not rejected or merged, newest first, as {@link
 * PublicComplaint}s. {@code category} and {@code kecamatan} filter when non-null; at most {@code limit} from {@code
 * offset}.
 */
public record ListPublicComplaints(ComplaintCategory category, String kecamatan, int offset, int limit) {
}
