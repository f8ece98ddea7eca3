package id.go.cilegon.sigap.command.opinion.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** The supervisors were alerted to a spike of negative opinion; the evidence is the read model's list of texts. */
public record OpinionAlertRaised(
        OpinionAlertId alertId,
        LocalDate day,
        AlertDimension dimension,
        String value,
        long negative,
        double baselinePerDay,
        Instant raisedAt) implements DomainEvent {
}
