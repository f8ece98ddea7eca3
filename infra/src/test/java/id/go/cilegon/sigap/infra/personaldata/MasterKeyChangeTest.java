package id.go.cilegon.sigap.infra.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import javax.crypto.SecretKey;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change of master key (ADR 0036): what the current key sealed opens with the next one, and nothing is lost. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MasterKeyChangeTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey current = MasterKey.generate();
    private final MasterKey next = MasterKey.generate();
    private final MasterKeyChange change = new MasterKeyChange(current, next);

    @Test
    void the_same_key_is_no_change() {
        MasterKey same = MasterKey.fromBase64(java.util.Base64.getEncoder()
                .encodeToString(current.secretKey().getEncoded()));

        assertThatThrownBy(() -> new MasterKeyChange(current, same)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is the current one");
    }

    @Test
    void a_secret_sealed_under_the_current_key_opens_under_the_next_and_no_longer_under_the_current() {
        String sealed = new SecretSealer(current, "officer-totp").seal("budi", SECRET);

        String resealed = change.resealedSecret("officer-totp", "budi", sealed).orElseThrow();

        assertThat(new SecretSealer(next, "officer-totp").open("budi", resealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> new SecretSealer(current, "officer-totp").open("budi", resealed))
                .isInstanceOf(PersonalDataCryptoException.class);
        assertThat(change.resealedSecret("officer-totp", "budi", resealed)).as("already under the next key").isEmpty();
    }

    @Test
    void a_secret_neither_key_opens_is_refused() {
        String foreign = new SecretSealer(MasterKey.generate(), "officer-totp").seal("budi", SECRET);
        String elsewhere = new SecretSealer(current, "officer-totp").seal("siti", SECRET);

        assertThatThrownBy(() -> change.resealedSecret("officer-totp", "budi", foreign))
                .isInstanceOf(PersonalDataCryptoException.class);
        assertThatThrownBy(() -> change.resealedSecret("officer-totp", "budi", elsewhere))
                .as("sealed for another owner").isInstanceOf(PersonalDataCryptoException.class);
    }

    @Test
    void the_next_key_is_staged_beside_the_key_file_and_found_again_by_a_change_run_again(@TempDir Path dataDir) {
        Path file = MasterKey.fileIn(dataDir);
        MasterKey.fromFile(file);

        MasterKey staged = MasterKey.staged(file, null);

        assertThat(MasterKey.fromFile(dataDir.resolve("master.key.next")).sameAs(staged)).isTrue();
        assertThat(MasterKey.staged(file, null).sameAs(staged)).as("the same key again").isTrue();
        assertThat(MasterKey.staged(file, staged).sameAs(staged)).isTrue();
        assertThatThrownBy(() -> MasterKey.staged(file, next)).as("another key while one is staged")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stopped half-way");
    }

    @Test
    void the_key_file_takes_the_staged_key_and_the_current_one_is_kept_beside_it(@TempDir Path dataDir)
            throws IOException {
        Path file = MasterKey.fileIn(dataDir);
        MasterKey inFile = MasterKey.fromFile(file);
        MasterKey.staged(file, next);

        Path previous = inFile.promoteStaged(file);

        assertThat(MasterKey.fromFile(file).sameAs(next)).isTrue();
        assertThat(previous).isEqualTo(MasterKey.previousOf(file));
        assertThat(MasterKey.fromFile(previous).sameAs(inFile)).isTrue();
        for (Path each : List.of(file, previous)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(each))).isEqualTo("rw-------");
        }
        assertThat(Files.exists(dataDir.resolve("master.key.next"))).isFalse();
        assertThat(MasterKey.previousKeptFromAnotherChange(file, next)).as("the key of older backups").isTrue();
    }

    @Test
    void a_change_stopped_after_keeping_the_current_key_may_go_on(@TempDir Path dataDir) {
        Path file = MasterKey.fileIn(dataDir);
        MasterKey inFile = MasterKey.fromFile(file);
        assertThat(MasterKey.previousKeptFromAnotherChange(file, inFile)).as("nothing kept yet").isFalse();
        MasterKey.staged(file, next);
        inFile.promoteStaged(file);

        assertThat(MasterKey.previousKeptFromAnotherChange(file, inFile)).as("what this change kept").isFalse();
    }

    /** The data subjects' keys in the store, through the real driver. */
    @Nested
    class SubjectKeys {

        private InMemoryMongo mongo;
        private MongoCollection<Document> keys;

        @BeforeEach
        void start() {
            mongo = new InMemoryMongo();
            keys = mongo.database().getCollection(SubjectKeyStore.COLLECTION);
        }

        @AfterEach
        void stop() {
            mongo.close();
        }

        @Test
        void every_subject_keeps_its_key_which_only_the_next_master_key_unwraps_after_the_change() {
            List<DataSubjectId> subjects = List.of(DataSubjectId.newId(), DataSubjectId.newId(),
                    DataSubjectId.newId());
            SubjectKeyStore before = store(current);
            List<SecretKey> original = subjects.stream().map(before::keyFor).toList();

            List<Resealing> rewrapped = SubjectKeyStore.rewrapped(mongo.database(), change);
            long written = Resealing.applyAll(mongo.database(), rewrapped);

            assertThat(written).isEqualTo(3);
            SubjectKeyStore after = store(next);
            assertThat(subjects.stream().map(subject -> after.existingKey(subject).orElseThrow()).toList())
                    .isEqualTo(original);
            assertThatThrownBy(() -> store(current).existingKey(subjects.get(0)))
                    .isInstanceOf(PersonalDataCryptoException.class);
        }

        @Test
        void a_change_run_again_after_it_stopped_half_way_moves_only_what_had_not_moved() {
            DataSubjectId moved = DataSubjectId.newId();
            DataSubjectId waiting = DataSubjectId.newId();
            SubjectKeyStore before = store(current);
            SecretKey movedKey = before.keyFor(moved);
            SecretKey waitingKey = before.keyFor(waiting);
            List<Resealing> first = SubjectKeyStore.rewrapped(mongo.database(), change);
            Resealing.applyAll(mongo.database(), first.stream().filter(each -> each.id().equals(moved.value()))
                    .toList());

            List<Resealing> again = SubjectKeyStore.rewrapped(mongo.database(), change);
            Resealing.applyAll(mongo.database(), again);

            assertThat(again).extracting(Resealing::id).containsExactly(waiting.value());
            assertThat(store(next).existingKey(moved)).contains(movedKey);
            assertThat(store(next).existingKey(waiting)).contains(waitingKey);
            assertThat(SubjectKeyStore.rewrapped(mongo.database(), change)).isEmpty();
        }

        @Test
        void a_key_neither_master_key_unwraps_refuses_the_change_before_anything_is_written() {
            DataSubjectId fine = DataSubjectId.newId();
            DataSubjectId foreign = DataSubjectId.newId();
            store(current).keyFor(fine);
            store(MasterKey.generate()).keyFor(foreign);
            String fineBefore = keys.find(eq("_id", fine.value())).first().getString("wrappedKey");

            assertThatThrownBy(() -> SubjectKeyStore.rewrapped(mongo.database(), change))
                    .isInstanceOf(PersonalDataCryptoException.class)
                    .hasMessageContaining(foreign.value()).hasMessageNotContaining(fine.value());
            assertThat(keys.find(eq("_id", fine.value())).first().getString("wrappedKey")).isEqualTo(fineBefore);
        }

        @Test
        void a_resealing_does_not_overwrite_a_value_that_changed_meanwhile() {
            DataSubjectId subject = DataSubjectId.newId();
            store(current).keyFor(subject);
            List<Resealing> planned = SubjectKeyStore.rewrapped(mongo.database(), change);
            keys.deleteOne(eq("_id", subject.value()));
            store(current).keyFor(subject);

            assertThat(Resealing.applyAll(mongo.database(), planned)).isZero();
        }

        private SubjectKeyStore store(MasterKey master) {
            return new SubjectKeyStore(mongo.database(), master, Clock.systemUTC());
        }
    }
}
