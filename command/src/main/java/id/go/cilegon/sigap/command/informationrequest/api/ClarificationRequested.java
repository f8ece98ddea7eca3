package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The PPID asked the requester to complete or clarify the request; the notice clock waits for the answer. */
public record ClarificationRequested(
        InformationRequestId requestId,
        String reason,
        OfficerId requestedBy,
        Instant requestedAt) implements InformationRequestEvent {
}
