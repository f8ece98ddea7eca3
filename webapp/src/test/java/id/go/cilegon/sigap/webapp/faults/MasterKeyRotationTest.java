package id.go.cilegon.sigap.webapp.faults;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.PersonalDataCryptoException;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A change of the personal-data master key with the jar (ADR 0036), on the store the nodes share: refused while a
 * node runs, and with every node stopped it leaves each data subject's key wrapped under the new key only, empties
 * the person index, and a node started with the new key rebuilds the index from the sealed events; the admin finds
 * the citizen by NIK and sees their name.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MasterKeyRotationTest {

    private static final String NEW_KEY = "YmFydS1rdW5jaS1pbmR1ay1zaWdhcC0zMi1ieXRlISE=";
    private static final String NIK = "3672010101907777";
    private static final String NAME = "Warga Rotasi Kunci";
    private static final String[] ADMIN = {"admin-rotasi", "rahasia-rotasi-kunci-1"};
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @RegisterExtension
    final Nodes nodes = new Nodes();

    @TempDir
    Path data;

    @Test
    void refused_while_a_node_runs_then_every_key_moves_and_the_person_index_is_rebuilt_under_the_new_key() {
        int storePort = Nodes.freePort();
        nodes.storeAlone("store", data, storePort);
        Map<String, String> sharedStore = Map.of("SIGAP_MONGODB_URI", "mongodb://127.0.0.1:" + storePort + "/sigap");
        String oldIndexKey = nikIndexKey(Nodes.MASTER_KEY);
        String newIndexKey = nikIndexKey(NEW_KEY);
        List<String> rotate = List.of("--sigap.personal-data.rotate-master-key=true",
                "--sigap.personal-data.master-key=" + Nodes.MASTER_KEY,
                "--logging.level.de.bwaldvogel.mongo=ERROR");
        Map<String, String> withNewKey = new TreeMap<>(sharedStore);
        withNewKey.put("SIGAP_PERSONAL_DATA_NEW_MASTER_KEY", NEW_KEY);

        try (StoreView store = new StoreView(storePort)) {
            store.addOfficer(ADMIN[0], ADMIN[1], OfficerRole.ADMIN);
            SigapProcess before = nodes.node("sebelum", List.of(), sharedStore);
            register(before.httpPort());
            before.await(LIMIT, "indexing the citizen's NIK", () -> lookup(store, oldIndexKey) != null);
            Map<String, String> wrapped = wrappedKeys(store.database());
            assertThat(wrapped).isNotEmpty();

            assertThat(nodes.task("rotasi-ditolak", rotate, withNewKey, LIMIT)).as("refused: a node runs").isEqualTo(1);
            assertThat(wrappedKeys(store.database())).as("nothing written when refused").isEqualTo(wrapped);

            before.stop();
            assertThat(nodes.task("rotasi", rotate, withNewKey, LIMIT)).isZero();

            MongoDatabase database = store.database();
            SubjectKeyStore underNew = new SubjectKeyStore(database, MasterKey.fromBase64(NEW_KEY), Clock.systemUTC());
            SubjectKeyStore underOld = new SubjectKeyStore(database,
                    MasterKey.fromBase64(Nodes.MASTER_KEY), Clock.systemUTC());
            for (String subject : wrapped.keySet()) {
                assertThat(underNew.existingKey(new DataSubjectId(subject))).isPresent();
                assertThatThrownBy(() -> underOld.existingKey(new DataSubjectId(subject)))
                        .isInstanceOf(PersonalDataCryptoException.class);
            }
            assertThat(lookup(store, oldIndexKey)).as("the index under the old key is gone").isNull();
            assertThat(database.getCollection("trackingtokens").countDocuments(eq("processorName", "personal-data")))
                    .isZero();
            assertThat(database.getCollection("trackingtokens").countDocuments(eq("processorName", "complaints")))
                    .as("the other read models are left as they are").isPositive();

            SigapProcess after = nodes.node("sesudah", List.of(), sharedStore, NEW_KEY);
            after.await(LIMIT, "rebuilding the person index under the new key",
                    () -> lookup(store, newIndexKey) != null);
            assertThat(lookup(store, oldIndexKey)).isNull();
            assertThat(adminSearchByNik(after.httpPort())).contains(NAME);
        }
    }

    /**
     * The embedded default, one node with the key file in its data directory: the change makes a new key, puts it in
     * the file and keeps the old one beside it; the node started again reads the new key and finds the citizen.
     */
    @Test
    void with_the_key_file_a_new_key_is_made_and_the_old_one_kept_beside_it() throws Exception {
        int storePort = Nodes.freePort();
        List<String> embedded = List.of("--sigap.mongodb.data-dir=" + data,
                "--sigap.mongodb.embedded-port=" + storePort);
        Path keyFile = data.resolve("master.key");
        SigapProcess before = nodes.node("tunggal", embedded, Map.of(), "");
        String oldKey = Files.readString(keyFile);
        try (StoreView store = new StoreView(storePort)) {
            store.addOfficer(ADMIN[0], ADMIN[1], OfficerRole.ADMIN);
            register(before.httpPort());
            String oldIndexKey = nikIndexKey(oldKey);
            before.await(LIMIT, "indexing the citizen's NIK", () -> lookup(store, oldIndexKey) != null);
        }
        before.stop();

        List<String> rotate = new ArrayList<>(embedded);
        rotate.add("--sigap.personal-data.rotate-master-key=true");
        assertThat(nodes.task("rotasi", rotate, Map.of(), LIMIT)).isZero();

        String newKey = Files.readString(keyFile);
        assertThat(MasterKey.fromBase64(newKey).sameAs(MasterKey.fromBase64(oldKey))).isFalse();
        assertThat(Files.readString(data.resolve("master.key.previous"))).isEqualTo(oldKey);
        assertThat(nodes.task("rotasi-lagi", rotate, Map.of(), LIMIT))
                .as("refused while the previous key lies beside the new one").isEqualTo(1);
        assertThat(Files.readString(keyFile)).isEqualTo(newKey);
        SigapProcess after = nodes.node("tunggal-lagi", embedded, Map.of(), "");
        try (StoreView store = new StoreView(storePort)) {
            String newIndexKey = nikIndexKey(newKey);
            after.await(LIMIT, "rebuilding the person index under the new key",
                    () -> lookup(store, newIndexKey) != null);
        }
        assertThat(adminSearchByNik(after.httpPort())).contains(NAME);
    }

    /** The admin's search for a data subject by NIK, as the page's form posts it. */
    private static String adminSearchByNik(int port) {
        Http admin = new Http(port);
        admin.logIn(ADMIN[0], ADMIN[1]);
        LinkedMultiValueMap<String, String> search = new LinkedMultiValueMap<>();
        search.add("cari", NIK);
        EntityExchangeResult<String> found = admin.submit("/admin/data-pribadi", "/admin/data-pribadi", search);
        assertThat(found.getStatus().value()).isEqualTo(200);
        return found.getResponseBody();
    }

    private static void register(int port) {
        Map<String, Object> form = CaseLoad.requestForm(NAME, NIK, 1);
        EntityExchangeResult<String> answer = new Http(port).client().post().uri("/api/v1/permohonan-informasi")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).bodyValue(form)
                .exchange().expectBody(String.class).returnResult();
        assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(201);
    }

    /** The person index's entry of the citizen's NIK under {@code masterKey} (base64). */
    private static String nikIndexKey(String masterKey) {
        return BlindIndex.derivedFrom(MasterKey.fromBase64(masterKey)).of(BlindIndex.Kind.NIK, NIK);
    }

    private static Document lookup(StoreView store, String indexKey) {
        return store.database().getCollection("personal_data_lookup").find(eq("_id", indexKey)).first();
    }

    private static Map<String, String> wrappedKeys(MongoDatabase database) {
        Map<String, String> keys = new TreeMap<>();
        database.getCollection(SubjectKeyStore.COLLECTION).find().into(new ArrayList<>())
                .forEach(key -> keys.put(key.getString("_id"), key.getString("wrappedKey")));
        return keys;
    }
}
