package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import java.time.Instant;

/** A candidate duplicate with its similarity, from 0 to 1. */
public record SimilarComplaint(
        String complaintId,
        String number,
        ComplaintStatus status,
        String subject,
        Instant receivedAt,
        double similarity) {
}
