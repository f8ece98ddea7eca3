package id.go.cilegon.sigap.command.personaldata.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.util.List;

/** Everything Sigap held about these people was handed out as a file. */
public record SubjectDataExported(
        DataSubjectRequestId requestId,
        List<PersonInCase> people,
        String reference,
        String note,
        OfficerId exportedBy,
        Instant exportedAt) implements DomainEvent {
}
