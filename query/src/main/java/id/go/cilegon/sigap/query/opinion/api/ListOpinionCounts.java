package id.go.cilegon.sigap.query.opinion.api;

import java.time.LocalDate;
import java.util.Objects;

/** Every counter of the days from {@code from} to {@code to}, both included. */
public record ListOpinionCounts(LocalDate from, LocalDate to) {

    public ListOpinionCounts {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
