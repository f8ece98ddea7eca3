package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * The requester withdrew the request; its clocks stop.
 *
 * @param enteredBy the officer who entered the withdrawal, or {@code null} when the requester withdrew online
 */
public record InformationRequestWithdrawn(
        InformationRequestId requestId,
        String reason,
        Channel channel,
        OfficerId enteredBy,
        Instant withdrawnAt) implements InformationRequestEvent {
}
