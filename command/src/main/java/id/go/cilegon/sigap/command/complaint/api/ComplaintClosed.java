package id.go.cilegon.sigap.command.complaint.api;

import java.time.Instant;

/**
 * The complaint closed: after the complainant's verdict, or with {@code withoutFeedback} when the period for it ran
 * out.
 */
public record ComplaintClosed(
        ComplaintId complaintId,
        boolean withoutFeedback,
        Instant closedAt) implements ComplaintEvent {
}
