package id.go.cilegon.sigap.webapp.opinion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An officer's correction of one text's reading.
 *
 * @param kembali the list the officer corrected from, to return to; only a list of the monitor's texts
 */
public record CorrectionForm(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}") String topik,
        @NotBlank @Pattern(regexp = "NEGATIF|NETRAL|POSITIF") String sentimen,
        @Size(max = 300) String alasan,
        @Pattern(regexp = "/petugas/opini/sinyal(\\?[A-Za-z0-9_=&%.:+-]*)?") @Size(max = 300) String kembali) {
}
