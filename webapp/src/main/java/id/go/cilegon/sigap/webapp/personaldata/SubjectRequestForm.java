package id.go.cilegon.sigap.webapp.personaldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A data subject's request as the admin records it, with the people chosen among those the search found.
 *
 * @param cari       the registration number, NIK, phone or e-mail searched for
 * @param subjek     the chosen people's subject ids
 * @param rujukan    how the request came (letter number and date, e-mail of …), without the person's name
 * @param konfirmasi "ya" to confirm an erasure, which cannot be undone
 */
public record SubjectRequestForm(
        @NotBlank @Size(max = 120) String cari,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> subjek,
        @NotBlank @Size(max = 200) String rujukan,
        @Size(max = 500) String catatan,
        String konfirmasi) {

    public static SubjectRequestForm empty(String cari) {
        return new SubjectRequestForm(cari, List.of(), null, null, null);
    }

    public boolean confirmed() {
        return "ya".equals(konfirmasi);
    }

    public String note() {
        return catatan == null || catatan.isBlank() ? null : catatan.strip();
    }

    public boolean chose(String subject) {
        return subjek != null && subjek.contains(subject);
    }
}
