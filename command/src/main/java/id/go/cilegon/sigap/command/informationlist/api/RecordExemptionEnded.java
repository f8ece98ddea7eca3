package id.go.cilegon.sigap.command.informationlist.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the exemption watch on or after the day an exemption's period ends (UU KIP Pasal 20): the information is
 * open from then on. Safe to send again: open information records nothing more.
 */
public record RecordExemptionEnded(@TargetAggregateIdentifier ListedInformationId listedInformationId) {

    public RecordExemptionEnded {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
    }
}
