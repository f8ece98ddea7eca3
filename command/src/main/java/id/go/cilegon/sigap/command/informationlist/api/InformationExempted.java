package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * The PPID decided the information is exempt: it moved to the Daftar Informasi yang Dikecualikan until
 * {@code exemption.endsOn()}.
 *
 * @param renewal the information was exempt already and a new test set a new period
 */
public record InformationExempted(
        ListedInformationId listedInformationId,
        Exemption exemption,
        boolean renewal,
        OfficerId recordedBy,
        Instant recordedAt) implements ListedInformationEvent {
}
