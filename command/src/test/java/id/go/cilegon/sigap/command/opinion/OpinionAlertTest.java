package id.go.cilegon.sigap.command.opinion;

import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertRaised;
import id.go.cilegon.sigap.command.opinion.api.RaiseOpinionAlert;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A spike is raised once, however often and from however many nodes it is reported. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpinionAlertTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final OpinionAlertId ID = OpinionAlertId.of(DAY, AlertDimension.TOPIK, "JALAN");

    private FixtureConfiguration<OpinionAlert> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(OpinionAlert.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_first_report_raises_the_alert() {
        fixture.givenNoPriorActivity()
                .when(new RaiseOpinionAlert(ID, DAY, AlertDimension.TOPIK, "JALAN", 9, 1.5))
                .expectEvents(new OpinionAlertRaised(ID, DAY, AlertDimension.TOPIK, "JALAN", 9, 1.5, NOW));
    }

    @Test
    void a_repeated_report_adds_nothing() {
        fixture.given(new OpinionAlertRaised(ID, DAY, AlertDimension.TOPIK, "JALAN", 9, 1.5, NOW.minusSeconds(60)))
                .when(new RaiseOpinionAlert(ID, DAY, AlertDimension.TOPIK, "JALAN", 11, 1.5))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
