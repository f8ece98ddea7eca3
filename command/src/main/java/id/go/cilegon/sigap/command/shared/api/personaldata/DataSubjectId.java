package id.go.cilegon.sigap.command.shared.api.personaldata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** The person whose personal data an event carries; the key that encrypts it is held under this id. */
public record DataSubjectId(String value) {

    public DataSubjectId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("DataSubjectId must not be blank");
        }
    }

    public static DataSubjectId newId() {
        return new DataSubjectId(UUID.randomUUID().toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DataSubjectId of(String value) {
        return new DataSubjectId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
