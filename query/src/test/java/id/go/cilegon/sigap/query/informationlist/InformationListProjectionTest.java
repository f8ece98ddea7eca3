package id.go.cilegon.sigap.query.informationlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationExempted;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationUpdated;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.informationlist.api.FindListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry.ChangeKind;
import id.go.cilegon.sigap.query.shared.Batches;
import id.go.cilegon.sigap.query.shared.Handlers;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, each event in a processor's batch, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationListProjectionTest {

    private static final ListedInformationId BUDGET = ListedInformationId.of("budget");
    private static final ListedInformationId CASE_FILE = ListedInformationId.of("case-file");
    private static final OfficerId PPID = OfficerId.of("petugas");
    private static final Instant LISTED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant EXEMPTED = Instant.parse("2026-11-02T03:00:00Z");
    private static final InformationDescription DPA = new InformationDescription("DPA Diskominfo 2026",
            "Dokumen pelaksanaan anggaran", InformationCategory.BERKALA, UnitId.of("DISKOMINFO"), "Sekretaris Dinas",
            "Cilegon, Januari 2026", List.of(InformationForm.SOFTCOPY), "5 tahun (JRA)", null);
    private static final InformationDescription INVESTIGATION = new InformationDescription("Berkas pemeriksaan",
            "Berkas pemeriksaan inspektorat atas pengadaan 2025", InformationCategory.SETIAP_SAAT,
            UnitId.of("INSPEKTORAT"), "Inspektur Pembantu", "Cilegon, 2026",
            List.of(InformationForm.HARDCOPY), "10 tahun", null);
    private static final Exemption EXEMPTION = new Exemption(List.of(ExemptionGround.A_PENEGAKAN_HUKUM),
            new ConsequenceTest(List.of("Berkas pemeriksaan 12/2026"), "UU 14/2008 Pasal 17 huruf a",
                    "Menghambat pemeriksaan yang berjalan", Period.ofYears(2)),
            "188.45/12-PPID/2026", LocalDate.of(2026, 11, 2));

    private MongoServer server;
    private MongoClient client;
    private InformationListProjection projection;
    private InformationListQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("information-list-test");
        projection = new InformationListProjection(database);
        queries = new InformationListQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private void handle(Object event, long sequence) {
        Batches.handle(List.of(event), payload -> Handlers.on(projection, payload, sequence));
    }

    private ListedInformationEntry entry(ListedInformationId id) {
        return queries.handle(new FindListedInformation(id.value())).orElseThrow();
    }

    private List<String> numbers(ListedInformationStatus... statuses) {
        return queries.handle(ListListedInformation.of(statuses)).stream().map(ListedInformationEntry::number)
                .toList();
    }

    private void listBoth() {
        handle(new InformationListed(CASE_FILE, ListedInformationNumber.of(2026, 2), INVESTIGATION, PPID, LISTED), 0);
        handle(new InformationListed(BUDGET, ListedInformationNumber.of(2026, 1), DPA, PPID, LISTED), 0);
    }

    @Test
    void listed_information_stands_in_the_dip_by_number() {
        listBoth();

        assertThat(numbers(ListedInformationStatus.TERBUKA)).containsExactly("INF/2026/000001", "INF/2026/000002");
        assertThat(numbers(ListedInformationStatus.DIKECUALIKAN)).isEmpty();
        ListedInformationEntry budget = entry(BUDGET);
        assertThat(budget.description()).isEqualTo(DPA);
        assertThat(budget.history()).extracting(ListedInformationEntry.Change::kind)
                .containsExactly(ChangeKind.DICATAT);
        assertThat(budget.history().get(0).by()).isEqualTo("petugas");
    }

    @Test
    void an_exemption_moves_it_to_the_dik_with_its_test_and_its_end_opens_it_again() {
        listBoth();
        handle(new InformationExempted(CASE_FILE, EXEMPTION, false, PPID, EXEMPTED), 1);

        assertThat(numbers(ListedInformationStatus.TERBUKA)).containsExactly("INF/2026/000001");
        assertThat(numbers(ListedInformationStatus.DIKECUALIKAN)).containsExactly("INF/2026/000002");
        ListedInformationEntry exempt = entry(CASE_FILE);
        assertThat(exempt.exemption()).isEqualTo(EXEMPTION);
        assertThat(exempt.exemption().endsOn()).isEqualTo(LocalDate.of(2028, 11, 2));

        Instant reminded = Instant.parse("2028-10-03T00:00:00Z");
        handle(new ExemptionReviewDue(CASE_FILE, LocalDate.of(2028, 11, 2), reminded), 2);
        assertThat(entry(CASE_FILE).reviewDue()).isTrue();

        handle(new ExemptionEnded(CASE_FILE, LocalDate.of(2028, 11, 2), Instant.parse("2028-11-01T17:00:00Z")), 3);
        ListedInformationEntry open = entry(CASE_FILE);
        assertThat(open.status()).isEqualTo(ListedInformationStatus.TERBUKA);
        assertThat(open.exemption()).isNull();
        assertThat(open.reviewDue()).isFalse();
        assertThat(open.history()).extracting(ListedInformationEntry.Change::kind).containsExactly(
                ChangeKind.DICATAT, ChangeKind.DIKECUALIKAN, ChangeKind.PERLU_UJI_ULANG, ChangeKind.BERAKHIR);
    }

    @Test
    void the_same_event_twice_changes_nothing_the_first_did_not() {
        listBoth();
        InformationDescription renamed = new InformationDescription("DPA Perubahan 2026", DPA.summary(),
                DPA.category(), DPA.unit(), DPA.responsible(), DPA.madeWhen(), DPA.forms(), DPA.retention(), null);
        ListedInformationUpdated updated = new ListedInformationUpdated(BUDGET, renamed, false, PPID, EXEMPTED);
        handle(updated, 1);
        ListedInformationEntry once = entry(BUDGET);

        handle(updated, 1);
        handle(new InformationListed(BUDGET, ListedInformationNumber.of(2026, 1), DPA, PPID, LISTED), 0);

        assertThat(entry(BUDGET)).isEqualTo(once);
        assertThat(once.description().title()).isEqualTo("DPA Perubahan 2026");
        assertThat(once.history()).hasSize(2);
    }

    @Test
    void a_new_edition_moves_the_date_of_the_last_refresh_and_a_mere_correction_does_not() {
        listBoth();
        assertThat(entry(BUDGET).refreshedAt()).isEqualTo(LISTED);
        Instant corrected = Instant.parse("2026-03-02T02:00:00Z");
        handle(new ListedInformationUpdated(BUDGET, DPA, false, PPID, corrected), 1);
        assertThat(entry(BUDGET).refreshedAt()).isEqualTo(LISTED);
        Instant republished = Instant.parse("2026-07-01T02:00:00Z");
        handle(new ListedInformationUpdated(BUDGET, DPA, true, PPID, republished), 2);

        ListedInformationEntry refreshed = entry(BUDGET);
        assertThat(refreshed.refreshedAt()).isEqualTo(republished);
        assertThat(refreshed.history().get(refreshed.history().size() - 1).at()).isEqualTo(republished);
        assertThat(refreshed.history()).extracting(ListedInformationEntry.Change::kind)
                .containsExactly(ChangeKind.DICATAT, ChangeKind.DIPERBARUI, ChangeKind.DIMUTAKHIRKAN);
    }

    @Test
    void withdrawn_information_leaves_both_lists() {
        listBoth();
        handle(new InformationExempted(CASE_FILE, EXEMPTION, false, PPID, EXEMPTED), 1);
        handle(new ListedInformationWithdrawn(CASE_FILE, "Diserahkan ke arsip", PPID, EXEMPTED), 2);

        assertThat(numbers(ListedInformationStatus.TERBUKA, ListedInformationStatus.DIKECUALIKAN))
                .containsExactly("INF/2026/000001");
        assertThat(numbers()).containsExactly("INF/2026/000001", "INF/2026/000002");
        assertThat(entry(CASE_FILE).history()).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.DITARIK);
            assertThat(change.note()).isEqualTo("Diserahkan ke arsip");
        });
    }
}
