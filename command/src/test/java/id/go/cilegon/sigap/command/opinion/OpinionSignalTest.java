package id.go.cilegon.sigap.command.opinion;

import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.opinion.api.CorrectOpinion;
import id.go.cilegon.sigap.command.opinion.api.OpinionCorrected;
import id.go.cilegon.sigap.command.opinion.api.OpinionRules;
import id.go.cilegon.sigap.command.opinion.api.OpinionSignalId;
import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** An officer's correction of the machine's reading: a fact that wins, refused only when it says nothing new. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpinionSignalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String CASE = "7f0c6a4e-1111-4222-8333-944455556666";
    private static final OpinionSignalId ID = OpinionSignalId.forCase(CASE);
    private static final OfficerId MEDIA = OfficerId.of("media");

    private FixtureConfiguration<OpinionSignal> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(OpinionSignal.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CorrectOpinion correct(String topic, Sentiment sentiment, String reason) {
        return new CorrectOpinion(ID, SignalSource.PENGADUAN, CASE, topic, sentiment, reason, MEDIA);
    }

    @Test
    void the_first_correction_of_a_case_creates_its_signal() {
        fixture.givenNoPriorActivity()
                .when(correct(" JALAN ", Sentiment.NEGATIF, "  sindiran, bukan pujian "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OpinionCorrected(ID, SignalSource.PENGADUAN, CASE, "JALAN", Sentiment.NEGATIF,
                        "sindiran, bukan pujian", MEDIA, NOW));
    }

    @Test
    void a_later_correction_replaces_the_earlier_one() {
        fixture.given(new OpinionCorrected(ID, SignalSource.PENGADUAN, CASE, "JALAN", Sentiment.NEGATIF, null, MEDIA,
                        NOW.minusSeconds(60)))
                .when(correct("JALAN", Sentiment.NETRAL, ""))
                .expectEvents(new OpinionCorrected(ID, SignalSource.PENGADUAN, CASE, "JALAN", Sentiment.NETRAL, null,
                        MEDIA, NOW));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        fixture.given(new OpinionCorrected(ID, SignalSource.PENGADUAN, CASE, "JALAN", Sentiment.NEGATIF, null, MEDIA,
                        NOW.minusSeconds(60)))
                .when(correct("JALAN", Sentiment.NEGATIF, "lagi"))
                .expectNoEvents()
                .expectException(refusedWith(OpinionRules.UNCHANGED));
    }

    @Test
    void a_correction_names_the_signal_of_its_own_case() {
        assertThatThrownBy(() -> new CorrectOpinion(OpinionSignalId.forCase("another"), SignalSource.PENGADUAN, CASE,
                "JALAN", Sentiment.NEGATIF, null, MEDIA)).isInstanceOf(IllegalArgumentException.class);
    }
}
