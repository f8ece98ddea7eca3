package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a request for public information (UU KIP Pasal 22). Field rules (NIK format, lengths) are checked
 * where the request enters Sigap; this record only refuses what can never be a request.
 *
 * @param receivedAt       when the agency actually received it (for a letter: its date of receipt)
 * @param trackingCodeHash SHA-256 of the citizen's tracking code; the code itself is never stored
 * @param proxy            the <i>kuasa</i> who files for the requester under a special power of attorney, or
 *                         {@code null} when the requester files in person
 */
public record RegisterInformationRequest(
        @TargetAggregateIdentifier InformationRequestId requestId,
        Channel channel,
        Instant receivedAt,
        PersonalData<Requester> requester,
        String informationRequested,
        String purpose,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        String trackingCodeHash,
        PersonalData<Proxy> proxy) {

    public RegisterInformationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(obtainMethod, "obtainMethod");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(trackingCodeHash, "trackingCodeHash");
        if (informationRequested == null || informationRequested.isBlank()) {
            throw new IllegalArgumentException("An information request must say what information is requested");
        }
    }

    /** A request the requester files in person, without a proxy. */
    public RegisterInformationRequest(
            InformationRequestId requestId,
            Channel channel,
            Instant receivedAt,
            PersonalData<Requester> requester,
            String informationRequested,
            String purpose,
            ObtainMethod obtainMethod,
            DeliveryMethod deliveryMethod,
            String trackingCodeHash) {
        this(requestId, channel, receivedAt, requester, informationRequested, purpose, obtainMethod, deliveryMethod,
                trackingCodeHash, null);
    }
}
