package id.go.cilegon.sigap.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.PersonalDataModule;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import java.nio.file.Path;
import java.time.Clock;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's three serializers, all Jackson 2 with personal data sealed per data subject (see
 * {@code docs/adr/0003-personal-data-crypto-shredding.md}). The bean names {@code serializer} (primary),
 * {@code eventSerializer} and {@code messageSerializer} are the ones {@code AxonAutoConfiguration} looks for: with
 * all three present it builds none of its own, so nothing falls back to XStream whatever {@code axon.serializer.*}
 * says. (Setting those properties to {@code jackson} as well keeps Axon from building an unused XStream instance.)
 *
 * <p>All three carry the {@link PersonalDataModule}. The event serializer needs it; the others have it because
 * whatever they write — a saga holding a citizen's phone number, a snapshot if a storage engine takes the general
 * serializer for snapshots — is stored too. Storage engines should still use {@code eventSerializer} for snapshots,
 * so events and snapshots of one aggregate always share a format.
 *
 * <p>This is Jackson 2 ({@code com.fasterxml}) for Axon only; the web layer's JSON is Boot's Jackson 3.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    /**
     * The key that wraps every data subject's key, from {@code sigap.personal-data.master-key} (env
     * {@code SIGAP_PERSONAL_DATA_MASTER_KEY}); without it, from {@code <sigap.mongodb.data-dir>/master.key}, generated
     * on first start. Sigap's own secrets ({@link id.go.cilegon.sigap.infra.personaldata.SecretSealer}) derive their
     * keys from it too.
     */
    @Bean
    public MasterKey personalDataMasterKey(
            @Value("${sigap.personal-data.master-key:}") String masterKey,
            @Value("${sigap.mongodb.data-dir:./data}") String dataDir) {
        return masterKey.isBlank()
                ? MasterKey.fromFile(MasterKey.fileIn(Path.of(dataDir)))
                : MasterKey.fromBase64(masterKey);
    }

    /** The data subjects' keys, in the application database, wrapped with the master key. */
    @Bean
    public SubjectKeyStore subjectKeyStore(
            MongoClient mongoClient,
            @Value("${sigap.mongodb.database:sigap}") String database,
            MasterKey personalDataMasterKey,
            ObjectProvider<Clock> clock) {
        return new SubjectKeyStore(
                mongoClient.getDatabase(database), personalDataMasterKey, clock.getIfUnique(Clock::systemUTC));
    }

    /** Finds people by NIK, phone or e-mail without storing them. */
    @Bean
    public BlindIndex blindIndex(MasterKey personalDataMasterKey) {
        return BlindIndex.derivedFrom(personalDataMasterKey);
    }

    @Bean
    @Primary
    public JacksonSerializer serializer(SubjectKeyStore keys, ObjectProvider<RevisionResolver> revisions) {
        return jacksonSerializer(keys, revisionResolver(revisions));
    }

    @Bean
    @Qualifier("eventSerializer")
    public JacksonSerializer eventSerializer(SubjectKeyStore keys, ObjectProvider<RevisionResolver> revisions) {
        return jacksonSerializer(keys, revisionResolver(revisions));
    }

    @Bean
    @Qualifier("messageSerializer")
    public JacksonSerializer messageSerializer(SubjectKeyStore keys, ObjectProvider<RevisionResolver> revisions) {
        return jacksonSerializer(keys, revisionResolver(revisions));
    }

    /** The serializer the beans above are made of; public so tests and tools read events exactly as Axon does. */
    public static JacksonSerializer jacksonSerializer(SubjectKeyStore keys, RevisionResolver revisions) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper(keys))
                .revisionResolver(revisions)
                .build();
    }

    /**
     * A fresh mapper per serializer, since {@link JacksonSerializer} registers its own modules on the one it gets.
     * Unknown properties are ignored so that stored events still load after a field has been removed.
     */
    public static ObjectMapper objectMapper(SubjectKeyStore keys) {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new PersonalDataModule(keys))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Axon's own bean when its auto-configuration runs, so upcasting sees the same revisions. */
    private static RevisionResolver revisionResolver(ObjectProvider<RevisionResolver> revisions) {
        return revisions.getIfUnique(AnnotationRevisionResolver::new);
    }
}
