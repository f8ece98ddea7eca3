package id.go.cilegon.sigap.command.informationrequest.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Internal identity of an information request; citizens see the registration number instead. */
public record InformationRequestId(String value) {

    public InformationRequestId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("InformationRequestId must not be blank");
        }
    }

    public static InformationRequestId newId() {
        return new InformationRequestId(UUID.randomUUID().toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InformationRequestId of(String value) {
        return new InformationRequestId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
