package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The exemption was lifted before its end: the information is back in the Daftar Informasi Publik. */
public record ExemptionLifted(
        ListedInformationId listedInformationId,
        String reason,
        OfficerId liftedBy,
        Instant liftedAt) implements ListedInformationEvent {
}
