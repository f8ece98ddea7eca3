package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The PPID closed the request: nothing is owed on it. A later keberatan can still reopen the case. */
public record InformationRequestClosed(
        InformationRequestId requestId,
        OfficerId closedBy,
        Instant closedAt) implements InformationRequestEvent {
}
