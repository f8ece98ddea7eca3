package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer records that the requester took the latest keberatan to the Komisi Informasi as a
 * <i>sengketa informasi</i> (UU KIP Pasal 37). The requester files at the KI, not in Sigap; the officer records it
 * when the KI's notice arrives.
 *
 * @param commission the Komisi Informasi, e.g. "Komisi Informasi Provinsi Banten"
 * @param caseNumber the KI's register number for the dispute, once known; may be {@code null}
 * @param filedOn    the date the KI registered the dispute
 */
public record RecordDisputeFiled(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String commission,
        String caseNumber,
        LocalDate filedOn,
        OfficerId recordedBy) {

    public RecordDisputeFiled {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (commission == null || commission.isBlank()) {
            throw new IllegalArgumentException("A sengketa is filed with a named Komisi Informasi");
        }
    }
}
