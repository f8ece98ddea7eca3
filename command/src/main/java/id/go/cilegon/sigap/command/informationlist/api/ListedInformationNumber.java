package id.go.cilegon.sigap.command.informationlist.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number a piece of information keeps in the PPID's lists, e.g. {@code INF/2026/000012}: sequential per year of
 * listing, and the same whether the information stands in the Daftar Informasi Publik or, exempted, in the Daftar
 * Informasi yang Dikecualikan.
 */
public record ListedInformationNumber(String value) {

    public static final String REGISTER = "INF";

    public static ListedInformationNumber of(int year, long sequence) {
        return new ListedInformationNumber("%s/%d/%06d".formatted(REGISTER, year, sequence));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ListedInformationNumber parse(String value) {
        return new ListedInformationNumber(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
