package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.infra.axon.CommandGatewayConfiguration;
import id.go.cilegon.sigap.infra.axon.ConcurrentChangeRetry;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The web side's door to Axon with Sigap's gateway on a local command bus: a command whose case another node
 * changes before every attempt is refused like a rule, so pages and APIs answer it with 409 and a text; a rule's
 * own refusal passes as it is.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MessagingTest {

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final ConcurrentChangeRetry retry = new ConcurrentChangeRetry(2, 1);
    private final Messaging messaging = new Messaging(new CommandGatewayConfiguration().commandGateway(bus, retry),
            DefaultQueryGateway.builder().queryBus(SimpleQueryBus.builder().build()).build());
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void stop() {
        retry.close();
    }

    @Test
    void a_command_that_loses_the_race_at_every_attempt_is_refused_as_changed_concurrently() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("An event for aggregate [kasus-1] at sequence [3] was already inserted");
        });

        assertThatThrownBy(() -> messaging.send("tindakan").block())
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Messaging.CHANGED_CONCURRENTLY))
                .hasCauseInstanceOf(ConcurrencyException.class);
        assertThat(attempts).as("the first attempt and both retries").hasValue(3);
    }

    @Test
    void a_refusal_by_a_rule_is_passed_on_as_it_is_after_one_attempt() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new RuleViolation("information-request.extension-already-used", "already extended");
        });

        assertThatThrownBy(() -> messaging.send("tindakan").block())
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
                        .isEqualTo("information-request.extension-already-used"));
        assertThat(attempts).hasValue(1);
    }
}
