package id.go.cilegon.sigap.command.informationlist.api;

import java.time.Instant;
import java.time.LocalDate;

/** The exemption's period ran out on {@code endsOn}: the information is back in the Daftar Informasi Publik. */
public record ExemptionEnded(
        ListedInformationId listedInformationId,
        LocalDate endsOn,
        Instant recordedAt) implements ListedInformationEvent {
}
