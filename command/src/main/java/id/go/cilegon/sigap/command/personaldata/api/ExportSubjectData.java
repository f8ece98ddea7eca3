package id.go.cilegon.sigap.command.personaldata.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that everything Sigap holds about these people was handed out as a file, on their request.
 *
 * @param reference how the request reached the PPID (letter number, e-mail date), without the person's name
 */
public record ExportSubjectData(
        @TargetAggregateIdentifier DataSubjectRequestId requestId,
        List<PersonInCase> people,
        String reference,
        String note,
        OfficerId exportedBy) {

    public ExportSubjectData {
        Objects.requireNonNull(requestId, "requestId");
        people = List.copyOf(people);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(exportedBy, "exportedBy");
    }
}
