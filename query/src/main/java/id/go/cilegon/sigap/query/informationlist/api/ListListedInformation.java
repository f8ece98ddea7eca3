package id.go.cilegon.sigap.query.informationlist.api;

import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import java.util.Set;

/**
 * The pieces of information in these statuses, by number: {@code TERBUKA} is the Daftar Informasi Publik,
 * {@code DIKECUALIKAN} the Daftar Informasi yang Dikecualikan. Answers a list of {@link ListedInformationEntry}.
 *
 * @param statuses only these; empty for every status
 */
public record ListListedInformation(Set<ListedInformationStatus> statuses) {

    public ListListedInformation {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ListListedInformation of(ListedInformationStatus... statuses) {
        return new ListListedInformation(Set.of(statuses));
    }
}
