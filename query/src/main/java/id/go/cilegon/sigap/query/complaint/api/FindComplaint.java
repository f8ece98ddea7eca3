package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;

/** The whole case file of one complaint; answered with {@link ComplaintFile} or nothing. */
public record FindComplaint(ComplaintId complaintId) {
}
