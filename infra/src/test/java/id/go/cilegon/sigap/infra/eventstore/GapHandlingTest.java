package id.go.cilegon.sigap.infra.eventstore;

import static id.go.cilegon.sigap.infra.eventstore.TestStore.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine.PreparedAppend;
import id.go.cilegon.sigap.infra.eventstore.TestStore.Happened;
import id.go.cilegon.sigap.infra.eventstore.TestStore.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Global sequence numbers that were taken but whose events are not (yet) there: appends under way, appends that
 * failed or died. Time is a hand-moved clock, shared by writer and reader; the gap timeout is 60 s.
 */
class GapHandlingTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private TestStore store;
    private MutableClock clock;
    private GapAwareMongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        store = new TestStore();
        clock = new MutableClock(Instant.parse("2026-03-16T01:00:00Z"));
        engine = store.engine(clock, GAP_TIMEOUT, 10);
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void an_abandoned_append_leaves_a_gap_that_never_blocks_later_events_and_is_dropped_after_the_timeout() {
        engine.appendEvents(events("a", 0, 1));                              // 1
        PreparedAppend abandoned = engine.prepare(events("x", 0, 1), store.serializer); // 2, never inserted (yet)
        engine.appendEvents(events("b", 0, 1));                              // 3

        List<? extends TrackedEventMessage<?>> first = read(null);
        assertThat(aggregates(first)).containsExactly("a", "b");
        assertThat(token(first)).isEqualTo(GapAwareTrackingToken.newInstance(3, List.of(2L)));

        clock.advance(Duration.ofSeconds(30));
        engine.appendEvents(events("c", 0, 1));                              // 4
        List<? extends TrackedEventMessage<?>> second = read(token(first));
        assertThat(aggregates(second)).containsExactly("c");
        assertThat(token(second).getGaps()).as("30 s is within the gap timeout").containsExactly(2L);

        clock.advance(Duration.ofSeconds(31));
        engine.appendEvents(events("d", 0, 1));                              // 5
        List<? extends TrackedEventMessage<?>> third = read(token(second));
        assertThat(aggregates(third)).containsExactly("d");
        assertThat(token(third).getGaps()).as("event 3 is 61 s old, so number 2 was taken earlier still").isEmpty();

        // Once given up, a number stays given up: an append that comes back from the dead is not delivered.
        engine.complete(abandoned);
        assertThat(read(token(third))).isEmpty();
    }

    @Test
    void a_late_append_inside_the_timeout_is_delivered_once() {
        engine.appendEvents(events("a", 0, 1));                              // 1
        PreparedAppend slow = engine.prepare(events("slow", 0, 2), store.serializer); // 2, 3
        engine.appendEvents(events("b", 0, 1));                              // 4

        List<? extends TrackedEventMessage<?>> first = read(null);
        assertThat(aggregates(first)).containsExactly("a", "b");
        assertThat(token(first).getGaps()).containsExactly(2L, 3L);

        clock.advance(Duration.ofSeconds(59));
        engine.complete(slow);
        List<? extends TrackedEventMessage<?>> second = read(token(first));
        assertThat(aggregates(second)).containsExactly("slow", "slow");
        assertThat(second).extracting(e -> ((Happened) e.getPayload()).sequenceNumber()).containsExactly(0L, 1L);
        assertThat(token(second)).isEqualTo(GapAwareTrackingToken.newInstance(4, List.of()));

        assertThat(read(token(second))).isEmpty();
    }

    @Test
    void numbers_burned_beyond_a_whole_batch_do_not_hold_up_later_events() {
        engine.appendEvents(events("a", 0, 1));                              // 1
        store.database().getCollection("counters")
                .updateOne(Filters.eq("_id", "events"), Updates.inc("value", 25L)); // 2..26 burned
        engine.appendEvents(events("b", 0, 1));                              // 27

        List<? extends TrackedEventMessage<?>> all = read(null);

        assertThat(aggregates(all)).containsExactly("a", "b");
        assertThat(token(all).getIndex()).isEqualTo(27);
        assertThat(token(all).getGaps()).hasSize(25).first().isEqualTo(2L);

        clock.advance(Duration.ofMinutes(2));
        engine.appendEvents(events("c", 0, 1));
        List<? extends TrackedEventMessage<?>> later = read(token(all));
        assertThat(aggregates(later)).containsExactly("c");
        assertThat(token(later).getGaps()).isEmpty();
    }

    @Test
    void a_reader_catching_up_on_old_events_carries_no_old_gaps() {
        engine.appendEvents(events("a", 0, 1));                              // 1
        engine.prepare(events("x", 0, 1), store.serializer);                 // 2, never inserted
        engine.appendEvents(events("b", 0, 1));                              // 3
        clock.advance(Duration.ofMinutes(5));

        List<? extends TrackedEventMessage<?>> all = read(null);

        assertThat(aggregates(all)).containsExactly("a", "b");
        assertThat(token(all)).isEqualTo(GapAwareTrackingToken.newInstance(3, List.of()));
    }

    @Test
    void numbers_still_being_written_at_the_head_are_not_gaps_yet_and_are_delivered_when_they_arrive() {
        engine.appendEvents(events("a", 0, 1));                              // 1
        PreparedAppend slow = engine.prepare(events("slow", 0, 1), store.serializer); // 2

        List<? extends TrackedEventMessage<?>> first = read(null);
        assertThat(aggregates(first)).containsExactly("a");
        assertThat(token(first)).isEqualTo(GapAwareTrackingToken.newInstance(1, List.of()));

        clock.advance(Duration.ofMinutes(5));
        engine.complete(slow);
        assertThat(aggregates(read(token(first)))).containsExactly("slow");
    }

    private List<? extends TrackedEventMessage<?>> read(TrackingToken token) {
        return engine.readEvents(token, false).toList();
    }

    private static List<String> aggregates(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(e -> ((Happened) e.getPayload()).aggregateId()).toList();
    }

    private static GapAwareTrackingToken token(List<? extends TrackedEventMessage<?>> events) {
        assertThat(events).isNotEmpty();
        return (GapAwareTrackingToken) events.get(events.size() - 1).trackingToken();
    }
}
