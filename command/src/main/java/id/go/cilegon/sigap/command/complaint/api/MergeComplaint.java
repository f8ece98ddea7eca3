package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;

/** Merge the complaint {@code complaintId}, a duplicate, into the earlier complaint {@code originalId}. */
public record MergeComplaint(
        ComplaintId complaintId,
        ComplaintId originalId,
        OfficerId mergedBy) {

    public MergeComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(mergedBy, "mergedBy");
    }
}
