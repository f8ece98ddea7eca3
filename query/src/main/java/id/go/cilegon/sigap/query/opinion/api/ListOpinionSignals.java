package id.go.cilegon.sigap.query.opinion.api;

import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The texts of the days from {@code from} to {@code to}, newest first, at most {@code limit}; {@code topic},
 * {@code kecamatan} and {@code sentiment} narrow them when set.
 */
public record ListOpinionSignals(LocalDate from, LocalDate to, String topic, String kecamatan, Sentiment sentiment,
        int limit) {

    public ListOpinionSignals {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
