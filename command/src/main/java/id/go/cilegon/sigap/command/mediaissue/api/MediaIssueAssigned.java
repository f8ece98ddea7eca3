package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The issue has a handler now. {@code note} may be {@code null}. */
public record MediaIssueAssigned(
        MediaIssueId mediaIssueId,
        OfficerId handler,
        String note,
        OfficerId assignedBy,
        Instant assignedAt) implements MediaIssueEvent {
}
