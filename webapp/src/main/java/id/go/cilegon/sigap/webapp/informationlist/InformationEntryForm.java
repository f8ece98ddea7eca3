package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.validation.BindingResult;

/**
 * What the PPID writes of a piece of information in the Daftar Informasi Publik (domain brief §2.8). Every field is
 * text, so a choice that is not one of ours is a validation error naming the field.
 *
 * @param bentuk         the forms it is held in: {@code SOFTCOPY}, {@code HARDCOPY}, one or both
 * @param dimutakhirkan  {@code ya} when an update publishes the information anew (a new edition); blank otherwise
 */
record InformationEntryForm(
        @NotBlank @Size(max = 300) String judul,
        @NotBlank @Size(max = 4000) String ringkasan,
        @NotBlank @Pattern(regexp = "|BERKALA|SERTA_MERTA|SETIAP_SAAT") String kategori,
        @NotBlank @Size(max = 40) @Pattern(regexp = "|[A-Z0-9_-]+") String unit,
        @NotBlank @Size(max = 200) String penanggungJawab,
        @NotBlank @Size(max = 200) String waktuTempat,
        List<String> bentuk,
        @NotBlank @Size(max = 200) String retensi,
        @Size(max = 500) @Pattern(regexp = "|https?://\\S+") String tautan,
        @Pattern(regexp = "|ya") String dimutakhirkan) {

    static InformationEntryForm empty() {
        return new InformationEntryForm("", "", InformationCategory.SETIAP_SAAT.name(), "", "", "",
                List.of(InformationForm.SOFTCOPY.name()), "", "", "");
    }

    static InformationEntryForm of(InformationDescription description) {
        return new InformationEntryForm(description.title(), description.summary(), description.category().name(),
                description.unit().value(), description.responsible(), description.madeWhen(),
                description.forms().stream().map(Enum::name).toList(), description.retention(),
                description.link() == null ? "" : description.link(), "");
    }

    /** The forms chosen, never {@code null}. */
    public List<String> chosenForms() {
        return bentuk == null ? List.of() : bentuk;
    }

    /** The unit must be an active one, and at least one known form chosen. */
    void check(Predicate<String> activeUnit, BindingResult errors) {
        if (!errors.hasFieldErrors("unit") && !activeUnit.test(unit)) {
            FieldMessages.reject(errors, "unit", "information.unit.unknown");
        }
        List<String> known = Arrays.stream(InformationForm.values()).map(Enum::name).toList();
        if (chosenForms().isEmpty() || chosenForms().size() > known.size() || !known.containsAll(chosenForms())) {
            FieldMessages.reject(errors, "bentuk", "information.forms.invalid");
        }
    }

    /** An update that publishes the information anew. */
    boolean refreshed() {
        return "ya".equals(dimutakhirkan);
    }

    /** Only after {@link #check} found nothing. */
    InformationDescription description() {
        return new InformationDescription(judul, ringkasan, InformationCategory.valueOf(kategori), UnitId.of(unit),
                penanggungJawab, waktuTempat, chosenForms().stream().map(InformationForm::valueOf).toList(), retensi,
                tautan);
    }
}
