package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/** The unit was asked for its facts, due at {@code dueAt}. */
public record UnitClarificationRequested(
        MediaIssueId mediaIssueId,
        UnitId unit,
        String question,
        Instant dueAt,
        OfficerId askedBy,
        Instant askedAt) implements MediaIssueEvent {
}
