package id.go.cilegon.sigap.command.informationrequest.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The <i>nomor pendaftaran</i> UU KIP Pasal 22(4) requires at receipt, e.g. {@code PPID/2026/000123}:
 * sequential per year of receipt.
 */
public record RegistrationNumber(String value) {

    public static final String REGISTER = "PPID";

    public static RegistrationNumber of(int year, long sequence) {
        return new RegistrationNumber("%s/%d/%06d".formatted(REGISTER, year, sequence));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RegistrationNumber parse(String value) {
        return new RegistrationNumber(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
