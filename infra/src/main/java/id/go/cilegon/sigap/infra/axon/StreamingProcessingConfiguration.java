package id.go.cilegon.sigap.infra.axon;

import com.mongodb.client.MongoClient;
import id.go.cilegon.sigap.infra.mongo.SigapMongoProperties;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor is a pooled streaming processor whose segments are claimed through the shared token store, so
 * that the nodes sharing one database split the read models' work and take over a dead node's segments
 * ({@code sigap.processing.*}, {@link ProcessingProperties}; {@code docs/adr/0019-nodes-segments-and-fault-tests.md}).
 * Events of one aggregate stay in one segment, in order (Axon's default sequencing per aggregate); a processor whose
 * read model counts across aggregates registers a sequential policy of its own. The processors read the event store
 * through {@link EventArrivals}, which wakes them the moment events arrive.
 *
 * <p>With {@code sigap.processing.replay-on-start=true} every processor drops its read models (its reset handlers) and
 * rebuilds them from the first event as the node starts ({@link ReplayOnStart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
public class StreamingProcessingConfiguration {

    @Bean
    public ProcessingNodes processingNodes(MongoClient mongoClient, SigapMongoProperties mongo, TokenStore tokenStore,
                                           ProcessingProperties settings) {
        return new ProcessingNodes(mongoClient.getDatabase(mongo.database()), tokenStore, settings, Clock.systemUTC());
    }

    @Bean
    public EventArrivals eventArrivals(ObjectProvider<EventStore> eventStore) {
        return new EventArrivals(eventStore);
    }

    @Bean
    public ConfigurerModule pooledStreamingProcessors(ProcessingProperties settings, ProcessingNodes nodes,
                                                      EventArrivals arrivals) {
        return configurer -> configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors(
                (axon, builder) -> builder
                        .messageSource(arrivals)
                        .initialSegmentCount(settings.segments())
                        .maxSegmentProvider(nodes)
                        .tokenClaimInterval(settings.claimInterval().toMillis())
                        .claimExtensionThreshold(settings.claimExtension().toMillis())
                        // A batch that takes longer than the timeout must not lose its claim meanwhile.
                        .enableCoordinatorClaimExtension()
                        .batchSize(settings.batchSize())
                        .workerExecutor(name -> {
                            ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                                    settings.threads(), new AxonThreadFactory("WorkPackage[" + name + "]"));
                            axon.onShutdown(workers::shutdown);
                            return workers;
                        })));
    }

    @Bean
    public ReplayOnStart replayOnStart(ProcessingProperties settings, EventProcessingConfiguration processing) {
        return new ReplayOnStart(settings, processing);
    }
}
