package id.go.cilegon.sigap.command.shared.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An organisational unit (OPD) with its PPID Pelaksana, by the short stable code the admin gave it (e.g.
 * {@code DISDIKBUD}). Cases refer to the code, never to the unit's name, because names change with the city's
 * organisation while a forwarded case must keep pointing at the same unit.
 */
public record UnitId(String value) {

    public UnitId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("UnitId must not be blank");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
