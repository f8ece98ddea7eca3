package id.go.cilegon.sigap.infra.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Sigap's embedded store alone, without the application: for several Sigap nodes on one machine, which reach it
 * through {@code SIGAP_MONGODB_URI} as they would reach MongoDB
 * ({@code docs/adr/0019-nodes-segments-and-fault-tests.md}).
 * Started by the same jar, {@code java -jar sigap.jar --sigap.mongodb.store-only=true
 * --sigap.mongodb.embedded-port=27017} (or {@code SIGAP_MONGODB_STORE_ONLY=true}), with the data directory of
 * {@code sigap.mongodb.data-dir}. Every write is on disk before it is answered ({@link EmbeddedMongo#sharedH2}),
 * because the nodes cannot make it durable themselves. It listens on loopback only: nodes on other machines need
 * MongoDB.
 *
 * <p>Deliberately not a {@code @Configuration}: the application's component scan must never start a second store.
 */
@EnableConfigurationProperties(SigapMongoProperties.class)
public class StoreOnly {

    /** Chooses this mode, from the command line or the environment ({@code SIGAP_MONGODB_STORE_ONLY}). */
    public static final String PROPERTY = "sigap.mongodb.store-only";

    private static final Logger logger = LoggerFactory.getLogger(StoreOnly.class);

    /** A Spring application with nothing but the store, running until it is stopped (SIGTERM closes the file). */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(StoreOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setKeepAlive(true);
        return application;
    }

    @Bean(destroyMethod = "close")
    EmbeddedMongo sharedStore(SigapMongoProperties properties) {
        if (properties.hasUri()) {
            throw new IllegalStateException("sigap.mongodb.store-only serves the embedded store; unset "
                                                    + "sigap.mongodb.uri (SIGAP_MONGODB_URI) for it");
        }
        EmbeddedMongo store = switch (properties.embeddedBackend()) {
            case MEMORY -> EmbeddedMongo.inMemory(properties.embeddedPort());
            case H2 -> EmbeddedMongo.sharedH2(properties.dataDir(), properties.embeddedPort());
        };
        logger.info("Sigap's store alone ({}): nodes on this machine connect with SIGAP_MONGODB_URI={}/{}",
                    store.isInMemory() ? "in memory" : "H2 file " + store.dataFile().orElseThrow()
                            + ", every write on disk before it is answered",
                    store.connectionString(), properties.database());
        return store;
    }
}
