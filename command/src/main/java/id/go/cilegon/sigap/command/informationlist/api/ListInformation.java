package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a piece of information in the Daftar Informasi Publik; its number is issued by {@code InformationListing}. */
public record ListInformation(
        @TargetAggregateIdentifier ListedInformationId listedInformationId,
        InformationDescription description,
        OfficerId listedBy) {

    public ListInformation {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
        Objects.requireNonNull(listedBy, "listedBy");
        if (description == null || !description.complete()) {
            throw new IllegalArgumentException("A listed piece of information has every element of the DIP");
        }
    }
}
