package id.go.cilegon.sigap.webapp.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new unit as an admin types it. */
public record UnitForm(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,20}") String kode,
        @NotBlank @Size(min = 3, max = 150) String nama) {

    static UnitForm empty() {
        return new UnitForm("", "");
    }
}
