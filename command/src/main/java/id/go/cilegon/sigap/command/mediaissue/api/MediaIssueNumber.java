package id.go.cilegon.sigap.command.mediaissue.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The media issue's register number, e.g. {@code ISU/2026/000042}: sequential per year of detection. */
public record MediaIssueNumber(String value) {

    public static final String REGISTER = "ISU";

    public static MediaIssueNumber of(int year, long sequence) {
        return new MediaIssueNumber("%s/%d/%06d".formatted(REGISTER, year, sequence));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MediaIssueNumber parse(String value) {
        return new MediaIssueNumber(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
