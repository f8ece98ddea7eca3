package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** What the list says of a piece of information changed; {@code description} is the whole new text. */
public record ListedInformationUpdated(
        ListedInformationId listedInformationId,
        InformationDescription description,
        OfficerId updatedBy,
        Instant updatedAt) implements ListedInformationEvent {
}
