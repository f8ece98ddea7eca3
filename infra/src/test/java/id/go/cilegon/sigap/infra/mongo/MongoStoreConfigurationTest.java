package id.go.cilegon.sigap.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class MongoStoreConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
            .withUserConfiguration(MongoStoreConfiguration.class);

    @Test
    void without_a_uri_the_embedded_store_starts_in_memory_and_boots_mongo_client_uses_it(CapturedOutput output) {
        runner.withPropertyValues("sigap.mongodb.embedded-backend=memory", "sigap.mongodb.database=casebook")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EmbeddedMongo.class);
                    EmbeddedMongo mongo = context.getBean(EmbeddedMongo.class);
                    assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().toString())
                            .isEqualTo(mongo.connectionString() + "/casebook?uuidRepresentation=standard");
                    assertThat(context.getBean(WriteDurability.class)).isSameAs(WriteDurability.NONE);
                    MongoClient client = context.getBean(MongoClient.class);
                    client.getDatabase("casebook").getCollection("probe").insertOne(new Document("_id", 1));
                    assertThat(client.getDatabase("casebook").getCollection("probe").countDocuments()).isEqualTo(1);
                    assertThat(output).contains("Sigap uses the embedded MongoDB (mongo-java-server) in memory on "
                                                        + "127.0.0.1:" + mongo.port());
                });
    }

    @Test
    void the_default_embedded_backend_is_an_h2_file_in_the_data_directory_committed_on_demand(
            @TempDir Path dir, CapturedOutput output) {
        Path dataDir = dir.resolve("data");
        runner.withPropertyValues("sigap.mongodb.uri=", "sigap.mongodb.data-dir=" + dataDir)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    EmbeddedMongo mongo = context.getBean(EmbeddedMongo.class);
                    Path file = dataDir.resolve("sigap.mv").toAbsolutePath();
                    assertThat(mongo.dataFile()).contains(file);
                    assertThat(context.getBean(WriteDurability.class)).isInstanceOf(GroupCommit.class);
                    assertThat(output).contains("Sigap uses the embedded MongoDB (mongo-java-server, H2 file " + file
                                                        + ") on 127.0.0.1:" + mongo.port());
                    context.getBean(MongoClient.class).getDatabase("sigap").getCollection("probe")
                            .insertOne(new Document("_id", 1));
                    context.getBean(WriteDurability.class).awaitDurable();
                });
        // The context closed the server (destroy method), which released the file: it opens again.
        try (EmbeddedMongo again = EmbeddedMongo.h2(dataDir)) {
            assertThat(again.dataFile()).isPresent();
        }
    }

    @Test
    void the_embedded_store_listens_on_the_port_it_is_given() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        runner.withPropertyValues("sigap.mongodb.embedded-backend=memory", "sigap.mongodb.embedded-port=" + port)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(EmbeddedMongo.class).connectionString())
                            .isEqualTo("mongodb://127.0.0.1:" + port);
                });
        runner.withPropertyValues("sigap.mongodb.embedded-port=70000")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void with_a_uri_it_connects_there_without_an_embedded_store_and_logs_no_credentials(CapturedOutput output) {
        try (EmbeddedMongo external = EmbeddedMongo.inMemory()) {
            String uri = "mongodb://sigap:s3cret@127.0.0.1:" + external.port() + "/?authSource=admin";
            runner.withPropertyValues("sigap.mongodb.uri=" + uri)
                    .run(context -> {
                        assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMongo.class);
                        assertThat(context.getBean(WriteDurability.class)).isSameAs(WriteDurability.NONE);
                        assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().toString())
                                .isEqualTo(uri + "&uuidRepresentation=standard");
                        assertThat(output).contains("Sigap uses MongoDB at 127.0.0.1:" + external.port())
                                .doesNotContain("s3cret");
                    });
        }
    }

    @Test
    void the_uri_can_come_from_the_environment_variable_sigap_mongodb_uri() {
        try (EmbeddedMongo external = EmbeddedMongo.inMemory()) {
            String uri = "mongodb://127.0.0.1:" + external.port();
            runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                            new SystemEnvironmentPropertySource(
                                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                    Map.of("SIGAP_MONGODB_URI", uri))))
                    .run(context -> {
                        assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMongo.class);
                        assertThat(context.getBean(SigapMongoProperties.class).uri()).isEqualTo(uri);
                        assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().toString())
                                .isEqualTo(uri + "/?uuidRepresentation=standard");
                    });
        }
    }

    @Test
    void properties_have_their_defaults() {
        runner.withPropertyValues("sigap.mongodb.embedded-backend=memory").run(context -> {
            SigapMongoProperties properties = context.getBean(SigapMongoProperties.class);
            assertThat(properties.hasUri()).isFalse();
            assertThat(properties.database()).isEqualTo("sigap");
            assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
            assertThat(properties.embeddedPort()).isZero();
        });
        assertThat(new SigapMongoProperties(null, null, null, null, 0).embeddedBackend())
                .isEqualTo(SigapMongoProperties.EmbeddedBackend.H2);
    }

    @Test
    void standard_uuids_are_added_to_any_uri_that_does_not_choose() {
        assertThat(MongoStoreConfiguration.withStandardUuids("mongodb://h:1"))
                .isEqualTo("mongodb://h:1/?uuidRepresentation=standard");
        assertThat(MongoStoreConfiguration.withStandardUuids("mongodb://h:1/db"))
                .isEqualTo("mongodb://h:1/db?uuidRepresentation=standard");
        assertThat(MongoStoreConfiguration.withStandardUuids("mongodb://h:1,h:2/db?replicaSet=rs0&w=majority"))
                .isEqualTo("mongodb://h:1,h:2/db?replicaSet=rs0&w=majority&uuidRepresentation=standard");
        assertThat(MongoStoreConfiguration.withStandardUuids("mongodb://h:1/?uuidRepresentation=javaLegacy"))
                .isEqualTo("mongodb://h:1/?uuidRepresentation=javaLegacy");
    }
}
