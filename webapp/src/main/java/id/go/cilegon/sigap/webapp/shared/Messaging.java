package id.go.cilegon.sigap.webapp.shared;

import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.infra.axon.ConcurrentChangeRetry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The web side's one door to Axon. Axon's local buses run handlers on the caller's thread, and the handlers
 * use the blocking MongoDB driver, so every dispatch starts on a worker thread, never on Netty's event loop.
 *
 * <p>A command that lost a race on its case is judged again by the gateway (ADR 0020); one that loses it on every
 * attempt is refused here like a broken rule, {@link #CHANGED_CONCURRENTLY}, so pages and APIs answer it as they
 * answer any refusal: 409 and a text that says to look at the case again.
 */
@Component
public class Messaging {

    /** The code of the refusal of a command whose case kept changing under it. */
    public static final String CHANGED_CONCURRENTLY = "case.changed-concurrently";

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Messaging(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public <R> Mono<R> send(Object command) {
        return Mono.<R>fromFuture(() -> commands.send(command)).subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(ConcurrentChangeRetry::isConcurrentChange, Messaging::changedConcurrently);
    }

    public <R> Mono<R> query(Object query, ResponseType<R> responseType) {
        return Mono.fromFuture(() -> queries.query(query, responseType)).subscribeOn(Schedulers.boundedElastic());
    }

    private static RuleViolation changedConcurrently(Throwable conflict) {
        RuleViolation refusal = new RuleViolation(CHANGED_CONCURRENTLY,
                "The case changed under the command at every attempt; nothing of it was stored");
        refusal.initCause(conflict);
        return refusal;
    }
}
