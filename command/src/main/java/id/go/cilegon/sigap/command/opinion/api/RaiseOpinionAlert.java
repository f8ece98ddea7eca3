package id.go.cilegon.sigap.command.opinion.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Alert the supervisors to a spike the opinion read models found: on {@code day}, {@code negative} negative texts
 * on one topic or in one kecamatan against a mean of {@code baselinePerDay} over the days before.
 */
public record RaiseOpinionAlert(
        @TargetAggregateIdentifier OpinionAlertId alertId,
        LocalDate day,
        AlertDimension dimension,
        String value,
        long negative,
        double baselinePerDay) {

    public RaiseOpinionAlert {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        if (!alertId.equals(OpinionAlertId.of(day, dimension, value))) {
            throw new IllegalArgumentException("The alert " + alertId + " is not the one of " + day + " " + dimension
                    + " " + value);
        }
    }
}
