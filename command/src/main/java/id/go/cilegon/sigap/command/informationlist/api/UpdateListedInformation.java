package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The PPID's update (<i>pemutakhiran</i>) of a piece of information: what the list says of it, and whether the
 * information itself was published anew (a new edition of periodic information, UU KIP Pasal 9).
 *
 * @param refreshed the information was published anew, even if the list's description stays the same
 */
public record UpdateListedInformation(
        @TargetAggregateIdentifier ListedInformationId listedInformationId,
        InformationDescription description,
        boolean refreshed,
        OfficerId updatedBy) {

    public UpdateListedInformation {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (description == null || !description.complete()) {
            throw new IllegalArgumentException("A listed piece of information has every element of the DIP");
        }
    }
}
