package id.go.cilegon.sigap.webapp.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The complainant's verdict on the answer, from the status page or the JSON API.
 *
 * @param penilaian {@code puas} or {@code tidak-puas}
 * @param nilai     1 to 5
 * @param komentar  why, required when not satisfied (a rule of the complaint, reported as such)
 */
record VerdictForm(
        @NotBlank @Pattern(regexp = "puas|tidak-puas") String penilaian,
        @NotBlank @Pattern(regexp = "[1-5]") String nilai,
        @Size(max = 2000) String komentar) {

    static VerdictForm empty() {
        return new VerdictForm("", "", "");
    }

    boolean satisfied() {
        return "puas".equals(penilaian);
    }

    int rating() {
        return Integer.parseInt(nilai);
    }
}
