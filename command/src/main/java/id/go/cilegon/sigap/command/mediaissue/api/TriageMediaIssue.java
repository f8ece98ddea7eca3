package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Say what the issue is about and how urgent it is; may be repeated while the issue is open (a story can turn
 * into a crisis).
 *
 * @param unit         the OPD concerned, or {@code null} when none is
 * @param relatedCases register numbers of related complaints ({@code ADUAN/…}) and requests ({@code PPID/…})
 */
public record TriageMediaIssue(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        String topic,
        Sentiment sentiment,
        IssueUrgency urgency,
        UnitId unit,
        List<String> relatedCases,
        OfficerId triagedBy) {

    public TriageMediaIssue {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(triagedBy, "triagedBy");
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("Triage names a topic");
        }
        relatedCases = relatedCases == null ? List.of() : List.copyOf(relatedCases);
    }
}
