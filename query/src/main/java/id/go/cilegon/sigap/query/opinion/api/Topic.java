package id.go.cilegon.sigap.query.opinion.api;

import java.util.List;

/**
 * One topic of the opinion monitor's taxonomy. A text belongs to the active topic whose keywords it names most often
 * (a keyword of several words counts double); a text that names none is {@link #OTHER}.
 *
 * @param code     stable, upper case, letters, digits and underscores
 * @param keywords words or phrases in plain Bahasa Indonesia; the analysis stems them like the texts
 * @param active   an inactive topic is kept for its history and the corrections that name it, but assigns nothing
 */
public record Topic(String code, String name, List<String> keywords, boolean active) {

    /** The topic of a text that names no topic's keyword. */
    public static final String OTHER = "LAINNYA";

    public Topic {
        keywords = List.copyOf(keywords);
    }
}
