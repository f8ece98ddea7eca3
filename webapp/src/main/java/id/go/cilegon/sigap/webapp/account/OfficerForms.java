package id.go.cilegon.sigap.webapp.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The forms of the admin's officer pages and the officer's own account page, as typed. */
public final class OfficerForms {

    private OfficerForms() {
    }

    /** A new officer: user name, name, roles, the unit of a PPID Pelaksana, an optional OIDC identity, a password. */
    public record NewOfficerForm(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}") String namaPengguna,
            @NotBlank @Size(min = 3, max = 120) String nama,
            List<String> peran,
            String unit,
            @Size(max = 200) String identitasSso,
            @NotBlank String kataSandi) {

        static NewOfficerForm empty() {
            return new NewOfficerForm("", "", List.of(), "", "", "");
        }

        public ProfileForm profile() {
            return new ProfileForm(nama, peran, unit, identitasSso);
        }

        @Override
        public String toString() {
            return "NewOfficerForm[" + namaPengguna + "]";
        }
    }

    /** An officer's name, roles, unit and OIDC identity as the admin changes them. */
    public record ProfileForm(
            @NotBlank @Size(min = 3, max = 120) String nama,
            List<String> peran,
            String unit,
            @Size(max = 200) String identitasSso) {

        public List<String> roles() {
            return peran == null ? List.of() : peran;
        }

        String unitCode() {
            return unit == null || unit.isBlank() ? null : unit.strip();
        }

        String ssoIdentity() {
            return identitasSso == null || identitasSso.isBlank() ? null : identitasSso.strip();
        }
    }

    /** A password an admin sets for an officer. */
    public record PasswordResetForm(@NotBlank String kataSandi) {

        @Override
        public String toString() {
            return "PasswordResetForm[redacted]";
        }
    }

    /** Enable ({@code true}) or disable ({@code false}) an account. */
    public record EnableForm(@NotBlank @Pattern(regexp = "true|false") String aktif) {
    }

    /** The officer's own password change: the current one, the new one twice. */
    public record PasswordChangeForm(@NotBlank String kataSandiLama, @NotBlank String kataSandiBaru,
            @NotBlank String ulangiKataSandiBaru) {

        @Override
        public String toString() {
            return "PasswordChangeForm[redacted]";
        }
    }

    /** The current password, asked before the second factor is enrolled or turned off. */
    public record CurrentPasswordForm(@NotBlank String kataSandi) {

        @Override
        public String toString() {
            return "CurrentPasswordForm[redacted]";
        }
    }

    /** The first code of an authenticator app, confirming the enrolment. */
    public record CodeForm(@NotBlank @Pattern(regexp = "\\d{6}") String kode) {
    }
}
