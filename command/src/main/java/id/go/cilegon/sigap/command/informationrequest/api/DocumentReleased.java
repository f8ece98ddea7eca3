package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** A file of the granted information can be downloaded by the requester from now on. */
public record DocumentReleased(
        InformationRequestId requestId,
        ReleasedDocument document,
        OfficerId releasedBy,
        Instant releasedAt) implements InformationRequestEvent {
}
