package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The PPID asks the requester to complete or clarify the request (<i>kelengkapan</i>) before it can be answered.
 *
 * @param reason what is missing or unclear, as the requester will read it
 */
public record RequestClarification(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String reason,
        OfficerId requestedBy) {

    public RequestClarification {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A clarification request must say what is missing or unclear");
        }
    }
}
