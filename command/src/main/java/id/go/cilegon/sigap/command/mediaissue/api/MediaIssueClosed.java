package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The issue is over; {@code responded} says whether a response went out. */
public record MediaIssueClosed(
        MediaIssueId mediaIssueId,
        String conclusion,
        boolean responded,
        OfficerId closedBy,
        Instant closedAt) implements MediaIssueEvent {
}
