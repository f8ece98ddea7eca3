package id.go.cilegon.sigap.query.opinion.api;

import java.time.LocalDate;

/** The alerts of {@code from} onwards, newest first; {@code unraisedOnly} for the ones still to raise. */
public record ListOpinionAlerts(LocalDate from, boolean unraisedOnly) {
}
