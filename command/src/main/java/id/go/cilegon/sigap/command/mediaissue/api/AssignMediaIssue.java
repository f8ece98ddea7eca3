package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give the issue to a media officer; {@code note} may be {@code null}. */
public record AssignMediaIssue(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        OfficerId handler,
        String note,
        OfficerId assignedBy) {

    public AssignMediaIssue {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(assignedBy, "assignedBy");
    }
}
