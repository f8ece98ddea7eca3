package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * A released file can no longer be downloaded by the requester; {@code reason} says why.
 *
 * @param fileName the name it was released under, for the timeline
 */
public record ReleasedDocumentWithdrawn(
        InformationRequestId requestId,
        String documentId,
        String fileName,
        String reason,
        OfficerId withdrawnBy,
        Instant withdrawnAt) implements InformationRequestEvent {
}
