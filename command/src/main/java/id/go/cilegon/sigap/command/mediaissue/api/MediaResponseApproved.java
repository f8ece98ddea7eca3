package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** Version {@code version} may go out. */
public record MediaResponseApproved(
        MediaIssueId mediaIssueId,
        int version,
        String note,
        OfficerId approvedBy,
        Instant approvedAt) implements MediaIssueEvent {
}
