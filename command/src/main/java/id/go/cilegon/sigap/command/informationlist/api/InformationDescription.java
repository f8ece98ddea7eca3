package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.List;

/**
 * What the Daftar Informasi Publik says of one piece of information (domain brief §2.8): its title and a summary
 * of its content, the category it is provided under, the unit that holds it, the official responsible for making or
 * publishing it, when and where it was made, the forms it is held in and how long it is kept (the archive's
 * retention schedule). Holds no personal data: the official is named by position.
 *
 * @param responsible the position responsible for making or publishing it, e.g. "Kepala Bidang Statistik"
 * @param madeWhen    when and where it was made, as the list says it ("Cilegon, setiap tahun sejak 2021")
 * @param retention   how long it is kept (<i>jangka waktu penyimpanan</i>), e.g. "5 tahun (JRA)"
 * @param link        where it is published, or {@code null}
 */
public record InformationDescription(
        String title,
        String summary,
        InformationCategory category,
        UnitId unit,
        String responsible,
        String madeWhen,
        List<InformationForm> forms,
        String retention,
        String link) {

    public InformationDescription {
        forms = forms == null ? List.of() : forms.stream().distinct().sorted().toList();
    }

    /**
     * Every element the list needs is there, and the link, if any, is a web address; commands refuse a description
     * that is not complete.
     */
    public boolean complete() {
        return present(title) && present(summary) && category != null && unit != null && present(responsible)
                && present(madeWhen) && !forms.isEmpty() && present(retention)
                && (link == null || link.isBlank() || link.strip().matches("https?://\\S+"));
    }

    /** The same description with its texts stripped and an empty link as none. */
    public InformationDescription stripped() {
        return new InformationDescription(title.strip(), summary.strip(), category, unit, responsible.strip(),
                madeWhen.strip(), forms, retention.strip(), link == null || link.isBlank() ? null : link.strip());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
