package id.go.cilegon.sigap.command.personaldata.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** One recorded request about a person's data (UU 27/2022 PDP): an export, an erasure, or both in turn. */
public record DataSubjectRequestId(String value) {

    public DataSubjectRequestId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("DataSubjectRequestId must not be blank");
        }
    }

    public static DataSubjectRequestId newId() {
        return new DataSubjectRequestId(UUID.randomUUID().toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DataSubjectRequestId of(String value) {
        return new DataSubjectRequestId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
