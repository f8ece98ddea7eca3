package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;

/**
 * Open complaints that may be the same as {@code complaintId}: same kelurahan and category, text similar under
 * Lucene's Indonesian analyzer; answered with {@link SimilarComplaint}s, most similar first.
 */
public record FindSimilarComplaints(ComplaintId complaintId) {
}
