package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The complainant's answer to the verifier's question; {@code enteredBy} is the officer who took it at the desk, or
 * {@code null} online.
 */
public record AnswerComplainant(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String answer,
        OfficerId enteredBy) {

    public AnswerComplainant {
        Objects.requireNonNull(complaintId, "complaintId");
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("An answer must say something");
        }
    }
}
