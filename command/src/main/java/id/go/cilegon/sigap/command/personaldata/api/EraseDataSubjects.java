package id.go.cilegon.sigap.command.personaldata.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase these people: their keys are deleted, so their data in every event reads as erased, and the read models
 * scrub what they copied. The cases stay, with the person shown as erased.
 *
 * @param erasedBy the admin, or {@code null} when the retention rule erases
 */
public record EraseDataSubjects(
        @TargetAggregateIdentifier DataSubjectRequestId requestId,
        List<PersonInCase> people,
        RequestBasis basis,
        String reference,
        String note,
        OfficerId erasedBy) {

    public EraseDataSubjects {
        Objects.requireNonNull(requestId, "requestId");
        people = List.copyOf(people);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
    }
}
