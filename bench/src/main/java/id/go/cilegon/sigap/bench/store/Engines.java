package id.go.cilegon.sigap.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.infra.axon.SerializerConfiguration;
import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import java.time.Clock;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;

/** The two event storage engines of the run, built as Sigap and the Axon Mongo extension build them. */
final class Engines {

    private Engines() {
    }

    /** Sigap's event serializer: Jackson 2, personal data sealed with keys of {@code database}'s key store. */
    static Serializer serializer(MongoDatabase database, String masterKey) {
        SubjectKeyStore keys = new SubjectKeyStore(database, MasterKey.fromBase64(masterKey), Clock.systemUTC());
        return SerializerConfiguration.jacksonSerializer(keys, new AnnotationRevisionResolver());
    }

    /**
     * Sigap's {@link GapAwareMongoEventStorageEngine} with its defaults (ADR 0001), on the embedded store in memory,
     * whose acknowledged writes need nothing more to count.
     */
    static GapAwareMongoEventStorageEngine sigap(MongoClient client, String database, Serializer serializer) {
        return GapAwareMongoEventStorageEngine.builder()
                .mongoDatabase(client, database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .writeDurability(WriteDurability.NONE)
                .build();
    }

    /**
     * The Axon Mongo extension's {@link MongoEventStorageEngine}: a document per event, its default one-second
     * look-back window, its indexes.
     */
    static EventStorageEngine extension(MongoClient client, String database, Serializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), null))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        engine.ensureIndexes();
        return engine;
    }
}
