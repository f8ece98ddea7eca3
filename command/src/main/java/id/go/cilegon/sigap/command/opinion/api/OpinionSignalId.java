package id.go.cilegon.sigap.command.opinion.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identity of the officers' judgement on one case's opinion signal. Derived from the case's id ({@link #forCase}),
 * so every correction of a case lands on the same aggregate, and never collides with the case's own stream.
 */
public record OpinionSignalId(String value) {

    public OpinionSignalId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OpinionSignalId must not be blank");
        }
    }

    public static OpinionSignalId forCase(String caseId) {
        return new OpinionSignalId(UUID.nameUUIDFromBytes(("opinion-signal:" + caseId)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OpinionSignalId of(String value) {
        return new OpinionSignalId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
