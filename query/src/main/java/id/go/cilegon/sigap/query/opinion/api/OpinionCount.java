package id.go.cilegon.sigap.query.opinion.api;

import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.LocalDate;

/**
 * How many texts of one day share one combination of kind of case, channel, topic, sentiment, kecamatan and unit:
 * the counters the dashboard adds up.
 *
 * @param channel   a case's {@code Channel}, or a media issue's {@code MediaKind}
 * @param kecamatan {@code null} when the text names no place of Cilegon
 * @param unit      the first unit the case went to, or {@code null}
 */
public record OpinionCount(LocalDate day, SignalSource source, String channel, String topic, Sentiment sentiment,
        String kecamatan, String unit, long count) {
}
