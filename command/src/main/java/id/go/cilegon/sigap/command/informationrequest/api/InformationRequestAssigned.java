package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The case has a handler now; an escalation before it is over. {@code note} may be {@code null}. */
public record InformationRequestAssigned(
        InformationRequestId requestId,
        OfficerId handler,
        String note,
        OfficerId assignedBy,
        Instant assignedAt) implements InformationRequestEvent {
}
