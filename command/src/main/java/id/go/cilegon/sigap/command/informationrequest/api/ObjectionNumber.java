package id.go.cilegon.sigap.command.informationrequest.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of a keberatan in the <i>register keberatan</i> (Panduan Umum PPID 2021, column a), e.g.
 * {@code KEBERATAN/2026/000007}: its own register, sequential per year of receipt, like the request's
 * {@link RegistrationNumber}.
 */
public record ObjectionNumber(String value) {

    public static final String REGISTER = "KEBERATAN";

    public static ObjectionNumber of(int year, long sequence) {
        return new ObjectionNumber("%s/%d/%06d".formatted(REGISTER, year, sequence));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ObjectionNumber parse(String value) {
        return new ObjectionNumber(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
