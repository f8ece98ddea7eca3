package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import java.time.Instant;
import java.util.List;

/**
 * Complaints for an open-data feed (Open311): not <i>rahasia</i>, newest first, as {@link FeedComplaint}s, at most
 * {@code limit}. Every filter is optional ({@code null} or empty means any).
 *
 * @param numbers  registration numbers to return, e.g. {@code ADUAN/2026/000123}
 * @param open     {@code true} only open complaints, {@code false} only closed ones
 */
public record ListFeedComplaints(
        List<String> numbers,
        ComplaintCategory category,
        Instant receivedFrom,
        Instant receivedTo,
        Boolean open,
        int limit) {
}
