package id.go.cilegon.sigap.webapp.wiring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * What one read model's processor is watched by ({@code docs/operations.md}, metrics): how far behind the events it
 * handles are ({@code eventProcessor.latency}, ms) and how many it handled and failed
 * ({@code eventProcessor.successCounter}, {@code eventProcessor.failureCounter}), tagged by processor. Axon's own
 * processor monitors look up five counters, a timer and a gauge per event, tagged by payload type, and also for every
 * event a processor ignores: with twelve processors reading every event that was a sixth of a rebuild's CPU
 * ({@code docs/benchmarks.md}). These meters are made once, with the processor.
 */
final class ProcessorMonitor implements MessageMonitor<EventMessage<?>> {

    private static final String PREFIX = "eventProcessor";

    private final Clock clock;
    private final AtomicLong latency = new AtomicLong();
    private final MonitorCallback handled;

    ProcessorMonitor(String processor, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        Gauge.builder(PREFIX + ".latency", latency, AtomicLong::get).tag("processorName", processor)
                .strongReference(true).description("Milliseconds since the event this processor took last happened")
                .register(registry);
        Counter succeeded = Counter.builder(PREFIX + ".successCounter").tag("processorName", processor)
                .description("Events this processor handled").register(registry);
        Counter failed = Counter.builder(PREFIX + ".failureCounter").tag("processorName", processor)
                .description("Events whose handling failed (the processor retries them)").register(registry);
        this.handled = new MonitorCallback() {
            @Override
            public void reportSuccess() {
                succeeded.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                failed.increment();
            }

            @Override
            public void reportIgnored() {
                // An event this processor has no handler for: neither handled nor failed.
            }
        };
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        if (message == null) {
            return NoOpMessageMonitorCallback.INSTANCE;
        }
        latency.set(clock.millis() - message.getTimestamp().toEpochMilli());
        return handled;
    }
}
