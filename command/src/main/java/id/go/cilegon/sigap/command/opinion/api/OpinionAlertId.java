package id.go.cilegon.sigap.command.opinion.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** Identity of the alert of one day, dimension and value: the same spike found twice is one alert. */
public record OpinionAlertId(String value) {

    public OpinionAlertId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OpinionAlertId must not be blank");
        }
    }

    public static OpinionAlertId of(LocalDate day, AlertDimension dimension, String dimensionValue) {
        return new OpinionAlertId(UUID.nameUUIDFromBytes(("opinion-alert:" + day + ":" + dimension + ":"
                + dimensionValue).getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OpinionAlertId of(String value) {
        return new OpinionAlertId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
