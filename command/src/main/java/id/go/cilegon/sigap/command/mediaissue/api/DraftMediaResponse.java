package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write (or revise) the response; every draft is a new version. */
public record DraftMediaResponse(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        ResponseKind kind,
        String title,
        String text,
        OfficerId draftedBy) {

    public DraftMediaResponse {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(draftedBy, "draftedBy");
        if (title == null || title.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A response has a title and a text");
        }
    }
}
