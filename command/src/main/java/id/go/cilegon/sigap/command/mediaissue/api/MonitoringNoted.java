package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** A monitoring observation after the response. */
public record MonitoringNoted(
        MediaIssueId mediaIssueId,
        String note,
        OfficerId notedBy,
        Instant notedAt) implements MediaIssueEvent {
}
