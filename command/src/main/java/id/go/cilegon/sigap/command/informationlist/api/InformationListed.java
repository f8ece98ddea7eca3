package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** A piece of information entered the Daftar Informasi Publik under its number. */
public record InformationListed(
        ListedInformationId listedInformationId,
        ListedInformationNumber number,
        InformationDescription description,
        OfficerId listedBy,
        Instant listedAt) implements ListedInformationEvent {
}
