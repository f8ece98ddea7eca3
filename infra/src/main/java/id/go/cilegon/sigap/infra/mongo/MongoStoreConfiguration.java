package id.go.cilegon.sigap.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which MongoDB Sigap talks to. With {@code sigap.mongodb.uri} (env {@code SIGAP_MONGODB_URI}) set: that one, whose
 * write concern makes writes durable ({@link WriteDurability#NONE}). Without: an {@link EmbeddedMongo} started here,
 * H2 file in {@code sigap.mongodb.data-dir} or in memory, with its commit as the {@link WriteDurability}.
 *
 * <p>Either way a {@link MongoConnectionDetails} bean points Spring Boot's MongoDB auto-configuration (the
 * {@code MongoClient} beans) at it, with {@code uuidRepresentation=standard} unless the URI says otherwise. The
 * client beans are created after the embedded server: they need the connection details, which need the server, and
 * an explicit depends-on says so as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigapMongoProperties.class)
public class MongoStoreConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    /** The embedded server's bean name. */
    public static final String EMBEDDED_MONGO = "embeddedMongo";

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoUri.class)
    static class Embedded {

        @Bean(name = EMBEDDED_MONGO, destroyMethod = "close")
        EmbeddedMongo embeddedMongo(SigapMongoProperties properties, Environment environment) {
            if (environment.containsProperty("spring.mongodb.uri")) {
                logger.warn("spring.mongodb.uri is ignored: Sigap connects to sigap.mongodb.uri (SIGAP_MONGODB_URI),"
                                    + " or to its embedded MongoDB when that is not set");
            }
            EmbeddedMongo mongo = switch (properties.embeddedBackend()) {
                case MEMORY -> EmbeddedMongo.inMemory(properties.embeddedPort());
                case H2 -> EmbeddedMongo.h2(properties.dataDir(), properties.embeddedPort());
            };
            if (mongo.isInMemory()) {
                logger.info("Sigap uses the embedded MongoDB (mongo-java-server) in memory on {}:{}"
                                    + " - nothing is kept when the application stops", mongo.host(), mongo.port());
            } else {
                logger.info("Sigap uses the embedded MongoDB (mongo-java-server, H2 file {}) on {}:{}",
                            mongo.dataFile().orElseThrow(), mongo.host(), mongo.port());
            }
            return mongo;
        }

        @Bean
        MongoConnectionDetails sigapMongoConnectionDetails(EmbeddedMongo mongo, SigapMongoProperties properties) {
            ConnectionString connectionString = new ConnectionString(
                    mongo.connectionString() + "/" + properties.database() + "?uuidRepresentation=standard");
            return () -> connectionString;
        }

        @Bean
        WriteDurability sigapWriteDurability(EmbeddedMongo mongo) {
            return mongo.durability();
        }

        /** Every {@code MongoClient} bean waits for the embedded server. */
        @Bean
        static MongoClientDependsOnEmbeddedMongo mongoClientDependsOnEmbeddedMongo() {
            return new MongoClientDependsOnEmbeddedMongo();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(UriGiven.class)
    static class External {

        @Bean
        MongoConnectionDetails sigapMongoConnectionDetails(SigapMongoProperties properties) {
            ConnectionString connectionString = new ConnectionString(withStandardUuids(properties.uri().trim()));
            logger.info("Sigap uses MongoDB at {}", String.join(",", connectionString.getHosts()));
            return () -> connectionString;
        }

        @Bean
        WriteDurability sigapWriteDurability() {
            return WriteDurability.NONE;
        }
    }

    /** Adds {@code uuidRepresentation=standard} unless the URI sets a representation itself. */
    static String withStandardUuids(String uri) {
        if (uri.toLowerCase(java.util.Locale.ROOT).contains("uuidrepresentation=")) {
            return uri;
        }
        int query = uri.indexOf('?');
        if (query >= 0) {
            return uri + (query == uri.length() - 1 || uri.endsWith("&") ? "" : "&") + "uuidRepresentation=standard";
        }
        // mongodb://host:port and mongodb://host:port/db both need the slash before the options.
        int hostsStart = uri.indexOf("://") + 3;
        boolean hasPath = uri.indexOf('/', hostsStart) >= 0;
        return uri + (hasPath ? "" : "/") + "?uuidRepresentation=standard";
    }

    static final class MongoClientDependsOnEmbeddedMongo extends AbstractDependsOnBeanFactoryPostProcessor {
        MongoClientDependsOnEmbeddedMongo() {
            super(MongoClient.class, EMBEDDED_MONGO);
        }
    }

    /** {@code sigap.mongodb.uri} is blank or absent. */
    static final class NoUri extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("sigap.mongodb.uri");
            return uri == null || uri.isBlank()
                    ? ConditionOutcome.match("no sigap.mongodb.uri: embedded MongoDB")
                    : ConditionOutcome.noMatch("sigap.mongodb.uri is set");
        }
    }

    /** {@code sigap.mongodb.uri} is set. */
    static final class UriGiven extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("sigap.mongodb.uri");
            return uri != null && !uri.isBlank()
                    ? ConditionOutcome.match("sigap.mongodb.uri is set")
                    : ConditionOutcome.noMatch("no sigap.mongodb.uri");
        }
    }
}
