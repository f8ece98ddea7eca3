package id.go.cilegon.sigap.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.thoughtworks.xstream.XStream;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.infra.axon.SerializerConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.axonframework.springboot.autoconfig.XStreamAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Our serializers replace Axon Spring Boot's defaults, so nothing Axon stores falls back to XStream. */
class PersonalDataSerializerConfigurationTest {

    @TempDir
    Path dataDir;

    private InMemoryMongo mongo;
    private ApplicationContextRunner context;

    @BeforeEach
    void start() {
        mongo = new InMemoryMongo();
        context = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        AxonAutoConfiguration.class,
                        EventProcessingAutoConfiguration.class,
                        InfraConfiguration.class,
                        NoOpTransactionAutoConfiguration.class,
                        ObjectMapperAutoConfiguration.class,
                        XStreamAutoConfiguration.class))
                .withUserConfiguration(SerializerConfiguration.class)
                .withBean(MongoClient.class, mongo::client)
                .withPropertyValues("axon.axonserver.enabled=false", "sigap.mongodb.data-dir=" + dataDir);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void axon_uses_our_sealing_jackson_serializers_for_everything() {
        context.run(spring -> {
            assertThat(spring).hasNotFailed();
            assertThat(spring.getBeansOfType(Serializer.class).values())
                    .hasSize(3).allMatch(JacksonSerializer.class::isInstance);
            Configuration axon = spring.getBean(Configuration.class);
            assertThat(axon.serializer()).isSameAs(spring.getBean("serializer"));
            assertThat(axon.eventSerializer()).isSameAs(spring.getBean("eventSerializer"));
            assertThat(axon.messageSerializer()).isSameAs(spring.getBean("messageSerializer"));
            for (Serializer serializer : new Serializer[] {
                    axon.serializer(), axon.eventSerializer(), axon.messageSerializer()}) {
                assertThat(serializer).isInstanceOf(JacksonSerializer.class);
                assertThat(serializer.serialize(PersonalData.of(DataSubjectId.of("s-1"), "Budi"), String.class)
                        .getData()).contains("\"sealed\":\"").doesNotContain("Budi");
            }
        });
    }

    @Test
    void with_axon_serializer_properties_set_to_jackson_axon_builds_no_xstream_at_all() {
        context.withPropertyValues(
                        "axon.serializer.general=jackson", "axon.serializer.events=jackson",
                        "axon.serializer.messages=jackson")
                .run(spring -> {
                    assertThat(spring).hasNotFailed();
                    assertThat(spring).doesNotHaveBean(XStream.class);
                });
    }

    @Test
    void without_a_configured_master_key_one_is_kept_in_the_data_directory() {
        context.run(spring -> {
            assertThat(spring).hasNotFailed();
            assertThat(dataDir.resolve("master.key")).exists();
        });
    }

    @Test
    void a_configured_master_key_is_used_and_no_key_file_is_written() {
        String configured = Base64.getEncoder().encodeToString(MasterKey.generate().secretKey().getEncoded());
        context.withPropertyValues("sigap.personal-data.master-key=" + configured).run(spring -> {
            assertThat(spring).hasNotFailed();
            DataSubjectId subject = DataSubjectId.newId();
            SecretKey key = spring.getBean(SubjectKeyStore.class).keyFor(subject);
            SubjectKeyStore sameMaster = new SubjectKeyStore(
                    mongo.database(), MasterKey.fromBase64(configured), Clock.systemUTC());
            assertThat(sameMaster.existingKey(subject)).contains(key);
            assertThat(Files.exists(dataDir.resolve("master.key"))).isFalse();
        });
    }
}
