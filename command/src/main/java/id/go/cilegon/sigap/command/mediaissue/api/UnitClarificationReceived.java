package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/** The unit answered; {@code late} when after the due time it was given. */
public record UnitClarificationReceived(
        MediaIssueId mediaIssueId,
        UnitId unit,
        String answer,
        OfficerId recordedBy,
        Instant recordedAt,
        boolean late) implements MediaIssueEvent {
}
