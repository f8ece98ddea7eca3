package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What the officer saw while watching the story after the response. */
public record NoteMonitoring(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        String note,
        OfficerId notedBy) {

    public NoteMonitoring {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(notedBy, "notedBy");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A monitoring note says something");
        }
    }
}
