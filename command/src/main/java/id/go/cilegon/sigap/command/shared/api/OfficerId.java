package id.go.cilegon.sigap.command.shared.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The officer who acted, as the case file must name them: the account's user name (e.g. {@code petugas}). Events
 * keep it so the register can say who sent a notice or answered an objection; the officer's full name and
 * position are looked up from the account, so they are not copied into every event.
 */
public record OfficerId(String value) {

    public OfficerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OfficerId must not be blank");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OfficerId of(String value) {
        return new OfficerId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
