package id.go.cilegon.sigap.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProcessingNodesTest {

    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MongoClient client = MongoClients.create(mongo.connectionString());
    private final TokenStore tokens = MongoTokenStore.builder()
            .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "sigap").build())
            .serializer(JacksonSerializer.defaultSerializer())
            .build();

    @AfterEach
    void close() {
        client.close();
        mongo.close();
    }

    @Test
    void a_node_alone_may_hold_every_segment_and_nodes_together_share_them_rounding_up() {
        ProcessingNodes a = node("a", NOW);
        a.beat();
        assertThat(a.getMaxSegments("complaints")).isEqualTo(4);

        ProcessingNodes b = node("b", NOW);
        b.beat();
        a.beat();
        assertThat(a.alive()).isEqualTo(2);
        assertThat(a.getMaxSegments("complaints")).isEqualTo(2);
        assertThat(b.getMaxSegments("complaints")).isEqualTo(2);

        node("c", NOW).beat();
        a.beat();
        assertThat(a.getMaxSegments("complaints")).as("4 segments over 3 nodes").isEqualTo(2);
    }

    @Test
    void a_node_silent_for_a_claim_timeout_no_longer_counts_and_its_share_goes_to_the_others() {
        node("a", NOW).beat();
        node("b", NOW).beat();

        ProcessingNodes aLater = node("a", NOW.plusSeconds(11));
        aLater.beat();

        assertThat(aLater.alive()).isEqualTo(1);
        assertThat(aLater.getMaxSegments("complaints")).isEqualTo(4);
    }

    @Test
    void the_nodes_alive_are_those_heard_of_within_the_claim_timeout() {
        node("a", NOW).beat();
        node("b", NOW.plusSeconds(5)).beat();

        assertThat(ProcessingNodes.alive(client.getDatabase("sigap"), Duration.ofSeconds(10),
                Clock.fixed(NOW.plusSeconds(12), ZoneOffset.UTC))).containsExactly("b");
        assertThat(ProcessingNodes.alive(client.getDatabase("sigap"), Duration.ofSeconds(10),
                Clock.fixed(NOW.plusSeconds(16), ZoneOffset.UTC))).isEmpty();
    }

    @Test
    void a_node_that_stops_leaves_at_once() {
        ProcessingNodes a = node("a", NOW);
        ProcessingNodes b = node("b", NOW);
        a.start();
        b.start();
        try {
            a.beat();
            assertThat(a.alive()).isEqualTo(2);
            assertThat(b.isRunning()).isTrue();

            b.stop();
            a.beat();

            assertThat(b.isRunning()).isFalse();
            assertThat(a.alive()).isEqualTo(1);
        } finally {
            a.stop();
        }
    }

    @Test
    void the_share_follows_the_segments_the_token_store_holds_once_they_exist() {
        ProcessingNodes a = node("a", NOW);
        ProcessingNodes b = node("b", NOW);
        assertThat(a.getMaxSegments("registers")).isEqualTo(4);
        tokens.initializeTokenSegments("registers", 6);
        b.beat();
        a.beat();

        assertThat(a.getMaxSegments("registers")).as("6 segments over 2 nodes").isEqualTo(3);
    }

    @Test
    void the_settings_refuse_a_claim_interval_not_shorter_than_the_timeout_and_name_the_node_after_the_jvm() {
        assertThatThrownBy(() -> new ProcessingProperties(4, 2, 100, Duration.ofSeconds(5), Duration.ofSeconds(5),
                null, false)).hasMessageContaining("claim-interval");
        assertThatThrownBy(() -> new ProcessingProperties(0, 2, 100, null, null, null, false))
                .hasMessageContaining("segments");
        ProcessingProperties defaults = new ProcessingProperties(4, 2, 100, null, null, " ", false);
        assertThat(defaults.nodeId()).isEqualTo(ManagementFactory.getRuntimeMXBean().getName());
        assertThat(defaults.claimTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.claimInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.claimExtension()).isLessThan(defaults.claimTimeout().dividedBy(2));
    }

    private ProcessingNodes node(String id, Instant at) {
        return new ProcessingNodes(client.getDatabase("sigap"), tokens,
                new ProcessingProperties(4, 2, 100, Duration.ofSeconds(10), Duration.ofSeconds(5), id, false),
                Clock.fixed(at, ZoneOffset.UTC));
    }
}
