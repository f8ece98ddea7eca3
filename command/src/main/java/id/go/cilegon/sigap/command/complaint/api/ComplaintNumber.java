package id.go.cilegon.sigap.command.complaint.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The complaint's registration number, e.g. {@code ADUAN/2026/000123}: sequential per year of receipt. */
public record ComplaintNumber(String value) {

    public static final String REGISTER = "ADUAN";

    public static ComplaintNumber of(int year, long sequence) {
        return new ComplaintNumber("%s/%d/%06d".formatted(REGISTER, year, sequence));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ComplaintNumber parse(String value) {
        return new ComplaintNumber(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
