package id.go.cilegon.sigap.infra.axon;

import com.mongodb.client.MongoClient;
import id.go.cilegon.sigap.infra.eventstore.EventStoreProperties;
import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine;
import id.go.cilegon.sigap.infra.mongo.SigapMongoProperties;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import java.time.Clock;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where Axon keeps things: events and snapshots in our {@link GapAwareMongoEventStorageEngine}
 * ({@code docs/adr/0001-gap-aware-mongodb-event-store.md}); tracking tokens and sagas in the Axon Mongo extension's
 * {@link MongoTokenStore} and {@link MongoSagaStore}, wired here by hand because the extension's Spring Boot
 * auto-configuration stops at 4.10 and brings a Spring Data transaction manager that fails on a server without
 * sessions. MongoDB gives no multi-document transactions here, so Axon's transaction manager is
 * {@link NoTransactionManager}: projections must be idempotent (token and read model are not updated atomically).
 *
 * <p>Properties: {@code sigap.event-store.gap-timeout} (default 60s) and {@code sigap.event-store.batch-size}
 * (default 500). The engine's clock is the system clock, on purpose not the application's {@link Clock} bean:
 * the gap timeout is about real time between writers, whatever time the domain is told.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreProperties.class, ProcessingProperties.class})
public class AxonStorageConfiguration {

    @Bean
    public EventStorageEngine eventStorageEngine(
            MongoClient mongoClient,
            SigapMongoProperties mongo,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axonConfiguration,
            WriteDurability writeDurability,
            EventStoreProperties eventStore) {
        return GapAwareMongoEventStorageEngine.builder()
                .mongoDatabase(mongoClient, mongo.database())
                .eventSerializer(eventSerializer)
                // Snapshots with the event serializer, so that an aggregate's events and snapshots share one format.
                .snapshotSerializer(eventSerializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .gapTimeout(eventStore.gapTimeout())
                .batchSize(eventStore.batchSize())
                .clock(Clock.systemUTC())
                .writeDurability(writeDurability)
                .build();
    }

    /** The Axon Mongo extension's collections ({@code trackingtokens}, {@code sagas}) in Sigap's database. */
    @Bean
    public MongoTemplate axonMongoTemplate(MongoClient mongoClient, SigapMongoProperties mongo) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, mongo.database())
                .build();
    }

    /**
     * Segments are claimed in the token store under this node's name ({@code sigap.processing.node-id}) for the
     * claim timeout ({@code sigap.processing.claim-timeout}): a node that dies holds its segments that long.
     */
    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer,
                                 TransactionManager axonTransactionManager, ProcessingProperties processing) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .transactionManager(axonTransactionManager)
                .nodeId(processing.nodeId())
                .claimTimeout(processing.claimTimeout())
                .build();
    }

    @Bean
    public SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer,
                                       TransactionManager axonTransactionManager) {
        return MongoSagaStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .transactionManager(axonTransactionManager)
                .build();
    }

    @Bean
    public TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }
}
