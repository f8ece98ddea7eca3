package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The issue is the same story as {@code originalId}, which carries on for both. */
public record MergeMediaIssue(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        MediaIssueId originalId,
        OfficerId mergedBy) {

    public MergeMediaIssue {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(mergedBy, "mergedBy");
    }
}
