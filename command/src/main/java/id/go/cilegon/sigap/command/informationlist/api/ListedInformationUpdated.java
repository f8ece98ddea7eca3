package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * The PPID updated a piece of information; {@code description} is the list's whole text.
 *
 * @param refreshed the information itself was published anew (a new edition of periodic information)
 */
public record ListedInformationUpdated(
        ListedInformationId listedInformationId,
        InformationDescription description,
        boolean refreshed,
        OfficerId updatedBy,
        Instant updatedAt) implements ListedInformationEvent {
}
