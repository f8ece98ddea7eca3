package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit's answer to the complainant. */
public record AnswerComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UnitId unit,
        String answer,
        OfficerId answeredBy) {

    public AnswerComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(answeredBy, "answeredBy");
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("An answer must say something");
        }
    }
}
