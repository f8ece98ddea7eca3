package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the issue with its conclusion: after monitoring, or after triage when it needs no response. */
public record CloseMediaIssue(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        String conclusion,
        OfficerId closedBy) {

    public CloseMediaIssue {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(closedBy, "closedBy");
        if (conclusion == null || conclusion.isBlank()) {
            throw new IllegalArgumentException("Closing states the conclusion");
        }
    }
}
