package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** Version {@code version} of the response, the first being 1. */
public record MediaResponseDrafted(
        MediaIssueId mediaIssueId,
        int version,
        ResponseKind kind,
        String title,
        String text,
        OfficerId draftedBy,
        Instant draftedAt) implements MediaIssueEvent {
}
