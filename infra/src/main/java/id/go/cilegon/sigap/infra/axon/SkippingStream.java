package id.go.cilegon.sigap.infra.axon;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A processor's stream that passes over the events of the payload types the processor said it has no handler for
 * ({@link #skipMessagesWithPayloadTypeOf}, which a pooled processor's coordinator calls; Axon's
 * {@code EmbeddedEventStore} ignores it). Each event a processor ignores otherwise costs its coordinator the same as
 * one it handles: it measures every segment's queue, offers the event to every segment, and the segments carry it
 * through their queues to move the token (ADR 0030).
 *
 * <p>A skipped event is still handed over when it is the last one the store has for now, so that the token reaches the
 * head of the store (a rebuild is over when every token is there) instead of waiting at the last event handled; an
 * event handed over after skipped ones carries a token past them.
 */
final class SkippingStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final Set<Class<?>> skipped = ConcurrentHashMap.newKeySet();
    private TrackedEventMessage<?> lastSkipped;

    SkippingStream(BlockingStream<TrackedEventMessage<?>> stream) {
        this.stream = stream;
    }

    /**
     * The next event to hand over, without waiting: the next one not skipped, or else the last skipped one if the
     * stream has nothing more for now. The skipped events before it are taken from the stream.
     */
    private Optional<TrackedEventMessage<?>> next() {
        while (stream.hasNextAvailable()) {
            Optional<TrackedEventMessage<?>> next = stream.peek();
            if (next.isEmpty() || !skipped.contains(next.get().getPayloadType())) {
                return next;
            }
            try {
                lastSkipped = stream.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.ofNullable(lastSkipped);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return next();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return next().isPresent() || (stream.hasNextAvailable(timeout, unit) && next().isPresent());
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (next().isEmpty()) {
            stream.hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS);
        }
        TrackedEventMessage<?> skippedLast = lastSkipped;
        if (skippedLast != null && !stream.hasNextAvailable()) {
            lastSkipped = null;
            return skippedLast;
        }
        lastSkipped = null;
        return stream.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        skipped.add(ignoredMessage.getPayloadType());
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return stream.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        stream.close();
    }
}
