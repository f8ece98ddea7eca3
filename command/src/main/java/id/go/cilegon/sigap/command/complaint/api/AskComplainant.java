package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the complainant for what the verifier needs to decide; the verification clock stops until the answer. */
public record AskComplainant(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String question,
        OfficerId askedBy) {

    public AskComplainant {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(askedBy, "askedBy");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("A question for the complainant must say what is needed");
        }
    }
}
