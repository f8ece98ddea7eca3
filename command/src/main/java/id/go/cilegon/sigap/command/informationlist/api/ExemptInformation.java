package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the PPID's decision that a piece of information is exempt, after its consequence test. Sent again for
 * information already exempt, it records a new test and a new period (the review before the old one ends).
 */
public record ExemptInformation(
        @TargetAggregateIdentifier ListedInformationId listedInformationId,
        Exemption exemption,
        OfficerId recordedBy) {

    public ExemptInformation {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (exemption == null || exemption.grounds().isEmpty() || exemption.test() == null
                || exemption.decidedOn() == null) {
            throw new IllegalArgumentException("An exemption names its Pasal 17 grounds, its test and its date");
        }
    }
}
