package id.go.cilegon.sigap.infra.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * The event store as the pooled streaming processors read it, telling them the moment events arrive.
 *
 * <p>A pooled processor that runs out of events waits for its stream to call back; a stream that cannot (Axon's
 * {@code EmbeddedEventStore} cannot) makes it look again only every half second, so a page that reads a read model
 * right after a command would wait that long. Here one watcher follows the head of the store, woken by the store
 * itself when this node appends and within its fetch delay (a second) when another node does, and calls back every
 * stream the processors have open. Without the watcher (stopped, or the store unreachable for a moment) the processors
 * still look again every few seconds by themselves.
 *
 * <p>Each stream passes over the events a processor has no handler for ({@link SkippingStream}).
 */
public class EventArrivals implements StreamableMessageSource<TrackedEventMessage<?>>, SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(EventArrivals.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final ObjectProvider<EventStore> events;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread watcher;

    /** @param events the event store, looked up when the watcher starts (Axon builds it after the processors' source) */
    public EventArrivals(ObjectProvider<EventStore> events) {
        this.events = events;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Announced(new SkippingStream(events.getObject().openStream(trackingToken)));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.getObject().createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.getObject().createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.getObject().createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.getObject().createTokenSince(duration);
    }

    /** Starts watching: every event appended after this returns is announced. */
    @Override
    public void start() {
        running = true;
        BlockingStream<TrackedEventMessage<?>> head = openHead();
        watcher = new Thread(() -> watch(head), "sigap-event-arrivals");
        watcher.setDaemon(true);
        watcher.start();
    }

    private BlockingStream<TrackedEventMessage<?>> openHead() {
        try {
            return events.getObject().openStream(events.getObject().createHeadToken());
        } catch (RuntimeException e) {
            logger.warn("Watching for new events failed; the processors look by themselves meanwhile: {}",
                        e.toString());
            return null;
        }
    }

    private void watch(BlockingStream<TrackedEventMessage<?>> first) {
        BlockingStream<TrackedEventMessage<?>> head = first;
        while (running) {
            if (head == null) {
                pause();
                head = openHead();
                continue;
            }
            try (BlockingStream<TrackedEventMessage<?>> watched = head) {
                while (running) {
                    if (watched.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (watched.hasNextAvailable()) {
                            watched.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    logger.warn("Watching for new events failed; the processors look by themselves meanwhile: {}",
                                e.toString());
                }
            }
            head = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread stopping = watcher;
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(RETRY.multipliedBy(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        watcher = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Number of open streams called back; for tests. */
    int callbacks() {
        return callbacks.size();
    }

    /** After Axon's configuration has started (its event store is then complete), and stopped before it. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
    }

    /** A stream of the store that accepts a callback: the watcher calls it whenever events arrive. */
    private final class Announced implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile Runnable callback;

        Announced(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            stream.close();
        }
    }
}
