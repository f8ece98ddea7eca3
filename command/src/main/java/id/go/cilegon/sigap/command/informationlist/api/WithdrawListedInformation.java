package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a piece of information out of the lists: the body no longer holds it (archived, destroyed by schedule). */
public record WithdrawListedInformation(
        @TargetAggregateIdentifier ListedInformationId listedInformationId,
        String reason,
        OfficerId withdrawnBy) {

    public WithdrawListedInformation {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Withdrawing information from the lists says why");
        }
    }
}
