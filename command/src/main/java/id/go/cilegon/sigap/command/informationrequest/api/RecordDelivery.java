package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer records the <i>tanda bukti penyerahan</i>: granted information was handed over.
 *
 * @param deliveredAt when it was handed over or sent, as the receipt says; often recorded afterwards
 * @param receivedBy  who received it, as the receipt names them
 */
public record RecordDelivery(
        @TargetAggregateIdentifier InformationRequestId requestId,
        Instant deliveredAt,
        DeliveryMethod method,
        PersonalData<Recipient> receivedBy,
        OfficerId recordedBy) {

    public RecordDelivery {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
