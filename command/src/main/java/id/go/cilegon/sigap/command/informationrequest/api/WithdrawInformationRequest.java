package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The requester withdraws the request. Withdrawing twice changes nothing.
 *
 * @param reason    the requester's reason, if they gave one; may be {@code null}
 * @param enteredBy the officer who entered a withdrawal made at the desk, on paper or by phone; {@code null} when
 *                  the requester withdrew through their tracking code
 */
public record WithdrawInformationRequest(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String reason,
        Channel channel,
        OfficerId enteredBy) {

    public WithdrawInformationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(channel, "channel");
    }
}
