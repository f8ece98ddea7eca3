package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;

/**
 * What happened to one complaint, oldest first, as {@link TimelineEntry}s; {@code complainantView} leaves out what
 * only officers see.
 */
public record FindComplaintTimeline(ComplaintId complaintId, boolean complainantView) {
}
