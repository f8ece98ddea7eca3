package id.go.cilegon.sigap.webapp.personaldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an officer needs the whole NIK, phone and e-mail; recorded with the read ({@link AccessLog}).
 *
 * @param alasan e.g. "menelepon pemohon untuk kelengkapan berkas"
 */
public record RevealForm(@NotBlank @Size(min = 10, max = 300) String alasan) {

    public static RevealForm empty() {
        return new RevealForm(null);
    }

    public String reason() {
        return alasan.strip();
    }
}
