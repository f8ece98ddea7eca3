package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The body no longer holds the information: it left both lists. */
public record ListedInformationWithdrawn(
        ListedInformationId listedInformationId,
        String reason,
        OfficerId withdrawnBy,
        Instant withdrawnAt) implements ListedInformationEvent {
}
