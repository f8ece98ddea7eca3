package id.go.cilegon.sigap.webapp.shared;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The web side's one door to Axon. Axon's local buses run handlers on the caller's thread, and the handlers
 * use the blocking MongoDB driver, so every dispatch starts on a worker thread, never on Netty's event loop.
 */
@Component
public class Messaging {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Messaging(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public <R> Mono<R> send(Object command) {
        return Mono.<R>fromFuture(() -> commands.send(command)).subscribeOn(Schedulers.boundedElastic());
    }

    public <R> Mono<R> query(Object query, ResponseType<R> responseType) {
        return Mono.fromFuture(() -> queries.query(query, responseType)).subscribeOn(Schedulers.boundedElastic());
    }
}
