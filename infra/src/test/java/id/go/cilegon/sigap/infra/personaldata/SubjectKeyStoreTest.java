package id.go.cilegon.sigap.infra.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubjectKeyStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-16T02:15:30Z");

    private final MasterKey masterKey = MasterKey.generate();
    private final DataSubjectId subject = DataSubjectId.newId();
    private InMemoryMongo mongo;
    private MongoCollection<Document> keyDocuments;

    @BeforeEach
    void start() {
        mongo = new InMemoryMongo();
        keyDocuments = mongo.database().getCollection(SubjectKeyStore.COLLECTION);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_key_is_created_on_first_use_and_kept_wrapped_never_in_clear() {
        SecretKey key = node(masterKey).keyFor(subject);

        Document stored = keyDocuments.find(eq("_id", subject.value())).first();
        assertThat(key.getEncoded()).hasSize(32);
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(NOW));
        assertThat(stored.getString("wrappedKey")).isNotBlank()
                .doesNotContain(Base64.getEncoder().encodeToString(key.getEncoded()));
        assertThat(stored.toJson()).doesNotContain(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    @Test
    void the_same_subject_keeps_the_same_key() {
        SubjectKeyStore node = node(masterKey);

        assertThat(node.keyFor(subject)).isEqualTo(node.keyFor(subject));
        assertThat(node.existingKey(subject)).contains(node.keyFor(subject));
        assertThat(keyDocuments.countDocuments()).isEqualTo(1);
    }

    @Test
    void a_subject_without_a_key_gets_none_from_existing_key() {
        assertThat(node(masterKey).existingKey(subject)).isEmpty();
        assertThat(keyDocuments.countDocuments()).isZero();
    }

    @Test
    void another_node_sharing_the_database_gets_the_same_key() {
        SecretKey first = node(masterKey).keyFor(subject);

        SubjectKeyStore otherNode = node(masterKey);

        assertThat(otherNode.existingKey(subject)).contains(first);
        assertThat(otherNode.keyFor(subject)).isEqualTo(first);
    }

    @Test
    void nodes_racing_to_create_a_subjects_key_all_end_up_with_one_key() throws Exception {
        List<SubjectKeyStore> nodes = List.of(node(masterKey), node(masterKey), node(masterKey), node(masterKey));
        int callers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SecretKey>> keys = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                SubjectKeyStore node = nodes.get(i % nodes.size());
                Callable<SecretKey> call = () -> {
                    start.await();
                    return node.keyFor(subject);
                };
                keys.add(pool.submit(call));
            }
            start.countDown();

            SecretKey first = keys.get(0).get();
            for (Future<SecretKey> key : keys) {
                assertThat(key.get()).isEqualTo(first);
            }
            assertThat(keyDocuments.countDocuments()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forget_deletes_the_key_and_takes_effect_at_once_on_the_node_that_forgets() {
        SubjectKeyStore node = node(masterKey);
        SecretKey old = node.keyFor(subject);

        node.forget(subject);

        assertThat(node.existingKey(subject)).isEmpty();
        assertThat(node(masterKey).existingKey(subject)).isEmpty();
        assertThat(keyDocuments.countDocuments()).isZero();
        assertThat(node.keyFor(subject)).as("a new key after erasure").isNotEqualTo(old);
    }

    @Test
    void a_node_with_the_wrong_master_key_fails_clearly_instead_of_returning_garbage() {
        node(masterKey).keyFor(subject);

        SubjectKeyStore misconfigured = node(MasterKey.generate());

        assertThatThrownBy(() -> misconfigured.existingKey(subject))
                .isInstanceOf(PersonalDataCryptoException.class)
                .hasMessageContaining(subject.value())
                .hasMessageContaining("different master key");
        assertThatThrownBy(() -> misconfigured.keyFor(subject)).isInstanceOf(PersonalDataCryptoException.class);
    }

    @Test
    void a_wrapped_key_copied_to_another_subject_does_not_unwrap() {
        SubjectKeyStore node = node(masterKey);
        node.keyFor(subject);
        DataSubjectId other = DataSubjectId.newId();
        Document stolen = keyDocuments.find(eq("_id", subject.value())).first();
        keyDocuments.insertOne(new Document(stolen).append("_id", other.value()));

        assertThatThrownBy(() -> node.existingKey(other)).isInstanceOf(PersonalDataCryptoException.class);
    }

    private SubjectKeyStore node(MasterKey master) {
        return new SubjectKeyStore(mongo.database(), master, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
