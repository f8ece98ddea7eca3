package id.go.cilegon.sigap.webapp.report;

import java.util.List;
import java.util.Optional;

/**
 * The figures of one year's <i>Laporan Layanan Informasi Publik</i> (Perki SLIP, domain brief §2.9) and the Pasal 12
 * announcement, in sections. Every figure keeps the cases it counts, so each number can be traced to the list behind
 * it; a count is the size of that list, never a separate tally.
 */
record AnnualReport(int year, List<Section> sections) {

    record Section(String key, String title, List<Figure> figures) {
    }

    /**
     * @param value what the report prints: the count, or a measure such as a median
     * @param cases the cases behind the figure, in order of number
     */
    record Figure(String key, String label, String value, List<CaseRef> cases) {
    }

    /** A case by its registration number, and where an officer opens it. */
    record CaseRef(String number, String officerPath) {
    }

    Optional<Figure> figure(String key) {
        return sections.stream().flatMap(section -> section.figures().stream())
                .filter(figure -> figure.key().equals(key)).findFirst();
    }
}
