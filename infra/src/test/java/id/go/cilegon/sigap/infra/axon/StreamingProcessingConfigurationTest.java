package id.go.cilegon.sigap.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import id.go.cilegon.sigap.infra.mongo.MongoStoreConfiguration;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon's processors as Sigap configures them, on a store that outlives the application (as a real one does). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StreamingProcessingConfigurationTest {

    private final EmbeddedMongo store = EmbeddedMongo.inMemory();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MongoAutoConfiguration.class, AxonAutoConfiguration.class, InfraConfiguration.class,
                    EventProcessingAutoConfiguration.class, NoOpTransactionAutoConfiguration.class,
                    ObjectMapperAutoConfiguration.class, AxonTracingAutoConfiguration.class,
                    InterceptorAutoConfiguration.class, AxonTimeoutAutoConfiguration.class))
            .withUserConfiguration(MongoStoreConfiguration.class, SerializerConfiguration.class,
                                   AxonStorageConfiguration.class, StreamingProcessingConfiguration.class,
                                   ProbeConfiguration.class)
            .withPropertyValues(
                    "sigap.mongodb.uri=" + store.connectionString(),
                    "sigap.personal-data.master-key=c2lnYXAtdGVzdC1tYXN0ZXIta2V5LTMyLWJ5dGVzISE=",
                    "axon.axonserver.enabled=false",
                    "axon.serializer.general=jackson", "axon.serializer.events=jackson",
                    "axon.serializer.messages=jackson",
                    "sigap.processing.segments=3",
                    "sigap.processing.claim-timeout=3s",
                    "sigap.processing.claim-interval=500ms",
                    "sigap.processing.node-id=probe-node");

    @BeforeAll
    static void noUpdateChecks() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void a_processor_is_pooled_streaming_with_its_segments_claimed_by_this_node_and_a_replay_on_start_rebuilds_it() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(EventProcessingConfiguration.class).eventProcessor(Probe.GROUP))
                    .get().isInstanceOf(PooledStreamingEventProcessor.class);
            context.getBean(EventStore.class).publish(
                    new GenericDomainEventMessage<>("Thing", "thing-1", 0, new Probed("thing-1")));
            Probe probe = context.getBean(Probe.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.handled.get() == 1);

            assertThat(context.getBean(TokenStore.class).fetchSegments(Probe.GROUP)).containsExactly(0, 1, 2);
            assertThat(context.getBean(MongoClient.class).getDatabase("sigap")
                    .getCollection("trackingtokens").find(new Document("processorName", Probe.GROUP)))
                    .allSatisfy(token -> assertThat(token.getString("owner")).isEqualTo("probe-node"));
            assertThat(probe.resets.get()).isZero();
        });

        runner.withPropertyValues("sigap.processing.replay-on-start=true").run(context -> {
            assertThat(context).hasNotFailed();
            Probe probe = context.getBean(Probe.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.handled.get() == 1);
            assertThat(probe.resets.get()).as("reset handler calls").isEqualTo(1);
        });

        runner.run(context -> {
            Probe probe = context.getBean(Probe.class);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> probe.handled.get() == 0);
            assertThat(probe.resets.get()).as("reset handler calls without replay-on-start").isZero();
        });
    }

    /** A payload of the probe's. */
    record Probed(String thing) {
    }

    @Configuration(proxyBeanMethods = false)
    static class ProbeConfiguration {
        @Bean
        Probe probe() {
            return new Probe();
        }
    }

    /** A read model of one counter: how many events it handled since its last reset. */
    @ProcessingGroup(Probe.GROUP)
    static class Probe {

        static final String GROUP = "probe";

        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(Probed event) {
            handled.incrementAndGet();
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
        }
    }
}
