package id.go.cilegon.sigap.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.infra.axon.AxonStorageConfiguration;
import id.go.cilegon.sigap.infra.axon.SerializerConfiguration;
import id.go.cilegon.sigap.infra.eventstore.TestStore.Happened;
import id.go.cilegon.sigap.infra.mongo.MongoStoreConfiguration;
import java.time.Duration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Axon's Spring Boot auto-configuration with our storage beans, on the embedded store in memory. */
class AxonStorageConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MongoAutoConfiguration.class, AxonAutoConfiguration.class, InfraConfiguration.class,
                    EventProcessingAutoConfiguration.class, NoOpTransactionAutoConfiguration.class,
                    ObjectMapperAutoConfiguration.class, AxonTracingAutoConfiguration.class,
                    InterceptorAutoConfiguration.class, AxonTimeoutAutoConfiguration.class))
            .withUserConfiguration(MongoStoreConfiguration.class, SerializerConfiguration.class,
                                   AxonStorageConfiguration.class)
            .withPropertyValues(
                    "sigap.mongodb.embedded-backend=memory",
                    "sigap.personal-data.master-key=c2lnYXAtdGVzdC1tYXN0ZXIta2V5LTMyLWJ5dGVzISE=",
                    "axon.axonserver.enabled=false",
                    "axon.serializer.general=jackson", "axon.serializer.events=jackson",
                    "axon.serializer.messages=jackson");

    @BeforeAll
    static void noUpdateChecks() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @Test
    void axon_stores_events_in_our_engine_and_tokens_and_sagas_with_the_mongo_extension() {
        runner.withPropertyValues("sigap.event-store.gap-timeout=5s", "sigap.event-store.batch-size=123")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GapAwareMongoEventStorageEngine engine =
                            (GapAwareMongoEventStorageEngine) context.getBean(EventStorageEngine.class);
                    assertThat(engine.gapTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(engine.batchSize()).isEqualTo(123);
                    assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
                    assertThat(context.getBean(SagaStore.class)).isInstanceOf(MongoSagaStore.class);
                    assertThat(context.getBean(TransactionManager.class)).isSameAs(NoTransactionManager.INSTANCE);

                    EventStore eventStore = context.getBean(EventStore.class);
                    assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
                    eventStore.publish(new GenericDomainEventMessage<>("Thing", "a", 0, new Happened("a", 0, "x")));
                    assertThat(eventStore.readEvents("a").asStream().map(e -> (Object) e.getPayload()))
                            .containsExactly(new Happened("a", 0, "x"));
                    assertThat(engine.readEvents(null, false)).hasSize(1);
                });
    }

    @Test
    void the_event_store_defaults_are_sixty_seconds_and_five_hundred() {
        runner.run(context -> {
            GapAwareMongoEventStorageEngine engine =
                    (GapAwareMongoEventStorageEngine) context.getBean(EventStorageEngine.class);
            assertThat(engine.gapTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(engine.batchSize()).isEqualTo(500);
        });
    }
}
