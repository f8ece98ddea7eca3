package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The PPID's periodic update (<i>pemutakhiran</i>) of what the list says of a piece of information. */
public record UpdateListedInformation(
        @TargetAggregateIdentifier ListedInformationId listedInformationId,
        InformationDescription description,
        OfficerId updatedBy) {

    public UpdateListedInformation {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (description == null || !description.complete()) {
            throw new IllegalArgumentException("A listed piece of information has every element of the DIP");
        }
    }
}
