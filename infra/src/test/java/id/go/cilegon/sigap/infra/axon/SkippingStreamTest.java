package id.go.cilegon.sigap.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SkippingStreamTest {

    /** A request's event, which the processor handles. */
    record Registered(String id) {
    }

    /** A complaint's event, which it does not. */
    record Submitted(String id) {
    }

    /** The store as a stream: what has arrived so far, and more arriving later. */
    private static final class Arrivals implements BlockingStream<TrackedEventMessage<?>> {

        private final Deque<TrackedEventMessage<?>> arrived = new ArrayDeque<>();
        private long position;

        Arrivals arrive(Object... payloads) {
            for (Object payload : payloads) {
                arrived.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position),
                        GenericEventMessage.asEventMessage(payload)));
            }
            return this;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(arrived.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return !arrived.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return arrived.remove();
        }

        @Override
        public void close() {
        }
    }

    private static TrackedEventMessage<?> submitted() {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(0),
                GenericEventMessage.asEventMessage(new Submitted("c-0")));
    }

    /** What a coordinator takes from the stream while it has events, as payload and position. */
    private static List<String> drain(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            TrackedEventMessage<?> peeked = stream.peek().orElseThrow();
            TrackedEventMessage<?> next = stream.nextAvailable();
            assertThat(next).as("the event peeked is the one taken").isSameAs(peeked);
            taken.add(next.getPayload() + "@" + next.trackingToken().position().orElseThrow());
        }
        return taken;
    }

    @Test
    void before_the_processor_says_so_every_event_is_handed_over() throws InterruptedException {
        Arrivals store = new Arrivals().arrive(new Registered("r-1"), new Submitted("c-1"));

        assertThat(drain(new SkippingStream(store))).containsExactly("Registered[id=r-1]@1", "Submitted[id=c-1]@2");
    }

    @Test
    void events_of_a_type_the_processor_ignores_are_passed_over_but_the_last_one_the_store_has() throws Exception {
        Arrivals store = new Arrivals().arrive(new Registered("r-1"), new Submitted("c-1"), new Submitted("c-2"),
                new Registered("r-2"), new Submitted("c-3"), new Submitted("c-4"));
        SkippingStream stream = new SkippingStream(store);
        stream.skipMessagesWithPayloadTypeOf(submitted());

        assertThat(drain(stream)).as("the token reaches the head through the last one")
                .containsExactly("Registered[id=r-1]@1", "Registered[id=r-2]@4", "Submitted[id=c-4]@6");
    }

    @Test
    void a_skipped_event_held_back_as_the_last_is_passed_over_when_more_arrive() throws Exception {
        Arrivals store = new Arrivals().arrive(new Registered("r-1"), new Submitted("c-1"));
        SkippingStream stream = new SkippingStream(store);
        stream.skipMessagesWithPayloadTypeOf(submitted());
        assertThat(stream.nextAvailable().getPayload()).isEqualTo(new Registered("r-1"));
        assertThat(stream.peek().orElseThrow().getPayload()).as("held back as the last")
                .isEqualTo(new Submitted("c-1"));

        store.arrive(new Submitted("c-2"), new Registered("r-2"));

        assertThat(drain(stream)).containsExactly("Registered[id=r-2]@4");
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
    }
}
