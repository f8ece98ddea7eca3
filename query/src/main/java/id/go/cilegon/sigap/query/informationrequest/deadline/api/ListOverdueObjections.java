package id.go.cilegon.sigap.query.informationrequest.deadline.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The open keberatan whose answer due date lies before {@code today} and whose breach is not yet on record: what
 * the deadline watch must report.
 */
public record ListOverdueObjections(LocalDate today) {

    public ListOverdueObjections {
        Objects.requireNonNull(today, "today");
    }
}
