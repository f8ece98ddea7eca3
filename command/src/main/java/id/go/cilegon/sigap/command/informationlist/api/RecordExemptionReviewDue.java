package id.go.cilegon.sigap.command.informationlist.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the exemption watch once an exemption ends within {@link InformationListRules#REVIEW_LEAD}. Safe to send
 * again: each exemption's reminder is recorded once.
 */
public record RecordExemptionReviewDue(@TargetAggregateIdentifier ListedInformationId listedInformationId) {

    public RecordExemptionReviewDue {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
    }
}
