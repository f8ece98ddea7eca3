package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The request form of Perki 1/2021 (domain brief §2.5), shared by the web page and the JSON API so both refuse
 * exactly the same input. Every field is text: a choice that is not one of ours is a validation error naming
 * the field, never a binding failure.
 */
@IdentityNumberMatchesKind
@ContactGiven
public record InformationRequestForm(
        @NotBlank @Size(max = 120) String nama,
        @NotBlank @Pattern(regexp = "NIK|BADAN_HUKUM") String jenisIdentitas,
        @NotBlank @Size(max = 100) String nomorIdentitas,
        @NotBlank @Size(max = 300) String alamat,
        @Size(max = 20) @Pattern(regexp = "|\\+?[0-9][0-9 -]{6,18}") String telepon,
        @Size(max = 254) @Email String email,
        @NotBlank @Size(max = 100) String pekerjaan,
        @NotBlank @Size(max = 4000) String informasiDiminta,
        @NotBlank @Size(max = 2000) String tujuanPenggunaan,
        @NotBlank @Pattern(regexp = "MELIHAT_MEMBACA_MENDENGARKAN_MENCATAT|SALINAN_SOFTCOPY|SALINAN_HARDCOPY")
        String caraMemperoleh,
        @NotBlank @Pattern(regexp = "DIAMBIL_LANGSUNG|POS_KURIR|EMAIL|WHATSAPP") String caraMendapatkanSalinan) {

    static final String NIK_PATTERN = "\\d{16}";

    public static InformationRequestForm empty() {
        return new InformationRequestForm("", "NIK", "", "", "", "", "", "", "",
                ObtainMethod.SALINAN_SOFTCOPY.name(), DeliveryMethod.EMAIL.name());
    }

    public Requester requester() {
        return new Requester(nama.strip(), Requester.IdentityKind.valueOf(jenisIdentitas), nomorIdentitas.strip(),
                alamat.strip(), blankToNull(telepon), blankToNull(email), pekerjaan.strip());
    }

    public ObtainMethod obtainMethod() {
        return ObtainMethod.valueOf(caraMemperoleh);
    }

    public DeliveryMethod deliveryMethod() {
        return DeliveryMethod.valueOf(caraMendapatkanSalinan);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
