package id.go.cilegon.sigap.command.complaint.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The complainant's verdict on the answer: satisfied or not, rated 1 to 5; a comment is required when not
 * satisfied.
 */
public record GiveVerdict(
        @TargetAggregateIdentifier ComplaintId complaintId,
        boolean satisfied,
        int rating,
        String comment) {

    public GiveVerdict {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
