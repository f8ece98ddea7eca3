package id.go.cilegon.sigap.command.informationlist.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Internal identity of one piece of information in the PPID's lists (DIP or DIK). */
public record ListedInformationId(String value) {

    public ListedInformationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ListedInformationId must not be blank");
        }
    }

    public static ListedInformationId newId() {
        return new ListedInformationId(UUID.randomUUID().toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ListedInformationId of(String value) {
        return new ListedInformationId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
