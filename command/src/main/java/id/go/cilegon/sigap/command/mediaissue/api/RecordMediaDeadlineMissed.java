package id.go.cilegon.sigap.command.mediaissue.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline watch after the triage or response due date of an issue. Safe to send again: each breach is
 * recorded once, and a clock that already stopped records nothing.
 */
public record RecordMediaDeadlineMissed(@TargetAggregateIdentifier MediaIssueId mediaIssueId) {

    public RecordMediaDeadlineMissed {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
    }
}
