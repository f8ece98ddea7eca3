package id.go.cilegon.sigap.infra.mongo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Sigap keeps its data ({@code sigap.mongodb.*}; each also from the environment, e.g. {@code SIGAP_MONGODB_URI}).
 *
 * @param uri             a MongoDB connection string (production: a replica set with {@code w=majority}); blank or
 *                        absent starts the embedded store
 * @param database        the database Sigap uses, default {@code sigap}
 * @param dataDir         the embedded store's directory (file {@code sigap.mv}), default {@code ./data}
 * @param embeddedBackend {@code h2} (default: a file in {@code data-dir}) or {@code memory} (tests, demos)
 * @param embeddedPort    the loopback port of the embedded store, default 0: a free one (the log names it)
 */
@ConfigurationProperties(prefix = "sigap.mongodb")
public record SigapMongoProperties(
        String uri,
        @DefaultValue("sigap") String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("h2") EmbeddedBackend embeddedBackend,
        @DefaultValue("0") int embeddedPort) {

    /** The embedded store's backends. */
    public enum EmbeddedBackend {
        /** mongo-java-server's H2 (MVStore) backend, in {@code <data-dir>/sigap.mv}. */
        H2,
        /** In memory: nothing survives the process. */
        MEMORY
    }

    public SigapMongoProperties {
        if (database == null || database.isBlank()) {
            database = "sigap";
        }
        if (dataDir == null) {
            dataDir = Path.of("./data");
        }
        if (embeddedBackend == null) {
            embeddedBackend = EmbeddedBackend.H2;
        }
        if (embeddedPort < 0 || embeddedPort > 65_535) {
            throw new IllegalArgumentException(
                    "sigap.mongodb.embedded-port must be a port number or 0: " + embeddedPort);
        }
    }

    /** Whether a MongoDB connection string was given. */
    public boolean hasUri() {
        return uri != null && !uri.isBlank();
    }
}
