package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the OPD concerned for the facts the response needs, by {@code dueAt}. */
public record AskUnitForClarification(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        UnitId unit,
        String question,
        Instant dueAt,
        OfficerId askedBy) {

    public AskUnitForClarification {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(askedBy, "askedBy");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("A clarification request asks something");
        }
    }
}
