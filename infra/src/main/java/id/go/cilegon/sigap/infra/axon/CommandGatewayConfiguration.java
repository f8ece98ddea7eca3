package id.go.cilegon.sigap.infra.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command gateway every sender uses (pages, APIs, watches, the WhatsApp bridge): Axon's default one, with a
 * {@link ConcurrentChangeRetry} so that a command which lost a race to another node on the same case is judged
 * again against the new state instead of failing with a storage error. Four retries, 20 ms doubling to 160 ms:
 * two officers' commands on one case collide in milliseconds, and a fifth collision in a row means the case is
 * being changed faster than anyone reads it.
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {

    static final int RETRIES = 4;
    static final long BACKOFF_MILLIS = 20;

    @Bean
    public ConcurrentChangeRetry concurrentChangeRetry() {
        return new ConcurrentChangeRetry(RETRIES, BACKOFF_MILLIS);
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ConcurrentChangeRetry concurrentChangeRetry) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(concurrentChangeRetry)
                .build();
    }
}
