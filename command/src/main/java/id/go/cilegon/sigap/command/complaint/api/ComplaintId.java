package id.go.cilegon.sigap.command.complaint.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Internal identity of a complaint; citizens see the registration number and their tracking code instead. */
public record ComplaintId(String value) {

    public ComplaintId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ComplaintId must not be blank");
        }
    }

    public static ComplaintId newId() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
