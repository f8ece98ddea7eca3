package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.util.List;

/**
 * The issue was triaged (again). {@code responseDeadline} is the response clock for {@code urgency}: started at the
 * first triage, started again when a later triage changes the urgency, kept otherwise.
 */
public record MediaIssueTriaged(
        MediaIssueId mediaIssueId,
        String topic,
        Sentiment sentiment,
        IssueUrgency urgency,
        UnitId unit,
        List<String> relatedCases,
        OfficerId triagedBy,
        Instant triagedAt,
        Deadline responseDeadline) implements MediaIssueEvent {
}
