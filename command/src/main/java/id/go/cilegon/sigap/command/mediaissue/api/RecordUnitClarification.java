package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit's answer, entered by its own officer or by the media officer who received it. */
public record RecordUnitClarification(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        UnitId unit,
        String answer,
        OfficerId recordedBy) {

    public RecordUnitClarification {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("A clarification has an answer");
        }
    }
}
