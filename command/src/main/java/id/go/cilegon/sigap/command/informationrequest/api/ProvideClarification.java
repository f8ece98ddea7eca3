package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The requester completes or clarifies the request, which resumes it.
 *
 * @param channel   how the answer came in
 * @param enteredBy the officer who entered an answer given on paper, by phone or at the desk; {@code null} when
 *                  the requester answered through their tracking code
 */
public record ProvideClarification(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String answer,
        Channel channel,
        OfficerId enteredBy) {

    public ProvideClarification {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(channel, "channel");
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("A clarification needs an answer");
        }
    }
}
