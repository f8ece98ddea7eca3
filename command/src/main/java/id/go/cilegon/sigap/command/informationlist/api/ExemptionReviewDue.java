package id.go.cilegon.sigap.command.informationlist.api;

import java.time.Instant;
import java.time.LocalDate;

/** The exemption ends on {@code endsOn}: time to test the information again. */
public record ExemptionReviewDue(
        ListedInformationId listedInformationId,
        LocalDate endsOn,
        Instant recordedAt) implements ListedInformationEvent {
}
