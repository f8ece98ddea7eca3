package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * The PPID's decision that information is exempt, as its signed consequence-test sheet and <i>penetapan</i> record it
 * (Perki 1/2021 Pasal 49): the Pasal 17 letters, the documents, the law relied on, the consequences weighed against
 * the public interest, the period, and the decision's number and date.
 *
 * @param dasar   the Pasal 17 letters, as {@link ExemptionGround} names
 * @param dokumen the documents that contain the information, one per line
 */
record ExemptionForm(
        List<String> dasar,
        @NotBlank @Size(max = 4000) String dokumen,
        @NotBlank @Size(max = 1000) String dasarHukum,
        @NotBlank @Size(max = 8000) String analisis,
        @Pattern(regexp = "|\\d{1,3}") String masaTahun,
        @Pattern(regexp = "|\\d{1,2}") String masaBulan,
        @Size(max = 100) String nomorPenetapan,
        @NotBlank @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}") String tanggalPenetapan) {

    private static final int LONGEST_YEARS = 100;

    static ExemptionForm empty() {
        return new ExemptionForm(List.of(), "", "", "", "", "", "", "");
    }

    /** The exemption in force as the form of its renewal: the same test to review, with no decision yet. */
    static ExemptionForm renewing(Exemption current) {
        Period period = current.test().exemptionPeriod();
        return new ExemptionForm(current.grounds().stream().map(Enum::name).toList(),
                String.join("\n", current.test().documents()), current.test().lawReliedOn(),
                current.test().consequenceAnalysis(), period.getYears() == 0 ? "" : String.valueOf(period.getYears()),
                period.getMonths() == 0 ? "" : String.valueOf(period.getMonths()), "", "");
    }

    public List<String> chosenGrounds() {
        return dasar == null ? List.of() : dasar;
    }

    /** Known letters, a period of at least a month and at most a hundred years, and a date that exists. */
    void check(BindingResult errors) {
        List<String> known = Arrays.stream(ExemptionGround.values()).map(Enum::name).toList();
        if (chosenGrounds().isEmpty() || chosenGrounds().size() > known.size()
                || !known.containsAll(chosenGrounds())) {
            FieldMessages.reject(errors, "dasar", "information.grounds.invalid");
        }
        if (!errors.hasFieldErrors("masaTahun") && !errors.hasFieldErrors("masaBulan")) {
            int years = number(masaTahun);
            int months = number(masaBulan);
            if (years + months == 0 || years > LONGEST_YEARS || months > 11) {
                FieldMessages.reject(errors, "masaTahun", "information.period.invalid", LONGEST_YEARS);
            }
        }
        if (!errors.hasFieldErrors("tanggalPenetapan")) {
            try {
                LocalDate.parse(tanggalPenetapan);
            } catch (DateTimeException e) {
                FieldMessages.reject(errors, "tanggalPenetapan", "information.date.invalid");
            }
        }
    }

    /** Only after {@link #check} found nothing. */
    Exemption exemption() {
        return new Exemption(chosenGrounds().stream().map(ExemptionGround::valueOf).toList(),
                new ConsequenceTest(dokumen.lines().map(String::strip).filter(line -> !line.isEmpty()).toList(),
                        dasarHukum.strip(), analisis.strip(), Period.of(number(masaTahun), number(masaBulan), 0)),
                nomorPenetapan, LocalDate.parse(tanggalPenetapan));
    }

    private static int number(String digits) {
        return digits == null || digits.isBlank() ? 0 : Integer.parseInt(digits);
    }
}
