package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The case page over real HTTP: what each officer is offered, and how a refused or invalid form comes back. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerCasePagesTest {

    private static final String PASSWORD = "rahasia-halaman-1";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    private CitizenCases cases;

    @BeforeEach
    void accounts() {
        accounts.save("halaman-petugas", "Petugas uji", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("halaman-atasan", "Atasan uji", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        accounts.save("halaman-admin", "Admin uji", PASSWORD, List.of(OfficerRole.ADMIN));
        cases = new CitizenCases(new Http(port).client(), commands, queries);
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private static String page(Case request) {
        return "/petugas/permohonan/" + request.requestId().value();
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void a_fresh_request_offers_the_ppid_its_first_steps_and_nothing_that_comes_later() {
        Case request = cases.registered();
        String html = officer("halaman-petugas").page(page(request)).getResponseBody();

        assertThat(html).contains("id=\"aksi-minta-kelengkapan\"", "id=\"aksi-teruskan\"", "id=\"aksi-perpanjang\"",
                        "id=\"aksi-pemberitahuan\"", "id=\"aksi-pembatalan\"", "Rina Marlina", "10 hari kerja")
                .doesNotContain("id=\"aksi-tanggapan-atasan\"", "id=\"aksi-penyerahan\"", "id=\"aksi-selesai\"",
                        "id=\"aksi-keberatan\"", "id=\"aksi-sengketa\"");
        assertThat(html).as("no unit is chosen for the officer").containsPattern(
                "id=\"unit-tujuan\" name=\"unit\">\\s*<option value=\"\">— pilih —</option>");
    }

    @Test
    void after_a_refusal_the_notice_form_is_gone_and_a_keberatan_may_be_recorded() {
        Case refused = cases.refusedAsExempt();
        String html = officer("halaman-petugas").page(page(refused)).getResponseBody();

        assertThat(html).contains("id=\"aksi-keberatan\"", "value=\"A_PENOLAKAN_PASAL_17\"")
                .doesNotContain("id=\"aksi-pemberitahuan\"", "id=\"aksi-perpanjang\"", "value=\"C_TIDAK_DITANGGAPI\"");
    }

    @Test
    void the_atasan_is_offered_the_answer_to_an_open_keberatan_and_nothing_of_the_ppids_work() {
        Case refused = cases.refusedAsExempt();
        commands.sendAndWait(new FileObjection(refused.requestId(), ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Bukan rahasia pribadi", null, Channel.WEB, null));
        Http atasan = officer("halaman-atasan");
        String html = atasan.page(page(refused)).getResponseBody();

        assertThat(html).contains("id=\"aksi-tanggapan-atasan\"", "value=\"REJECTED\"")
                .doesNotContain("value=\"SETTLED_BY_AGREEMENT\"", "id=\"aksi-keberatan\"", "id=\"aksi-selesai\"");
    }

    @Test
    void an_invalid_form_and_a_refused_action_come_back_with_their_messages_and_change_nothing() {
        Case request = cases.registered();
        Http petugas = officer("halaman-petugas");
        long before = database.getCollection("events").countDocuments();

        EntityExchangeResult<String> blank = petugas.submit(page(request), page(request) + "/perpanjang",
                form("alasan", ""));
        assertThat(blank.getStatus().value()).isEqualTo(400);
        assertThat(blank.getResponseBody()).contains("id=\"kesalahan\"", "Alasan tertulis: wajib diisi");

        EntityExchangeResult<String> refused = petugas.submit(page(request), page(request) + "/catat-kelengkapan",
                form("jawaban", "Jawaban yang tidak diminta", "saluran", "SURAT"));
        assertThat(refused.getStatus().value()).isEqualTo(409);
        assertThat(refused.getResponseBody()).contains("id=\"penolakan\"",
                "Tidak ada permintaan kelengkapan yang menunggu jawaban.");
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(before);

        EntityExchangeResult<String> done = petugas.submit(page(request), page(request) + "/perpanjang",
                form("alasan", "Data dihimpun dari banyak sekolah"));
        assertThat(done.getStatus().value()).isEqualTo(303);
        assertThat(String.valueOf(done.getResponseHeaders().getLocation())).endsWith("?berhasil=perpanjang");
        assertThat(petugas.page(String.valueOf(done.getResponseHeaders().getLocation())).getResponseBody())
                .contains("Batas waktu diperpanjang 7 hari kerja.")
                .doesNotContain("id=\"aksi-perpanjang\"");
    }

    @Test
    void the_queue_filters_by_unit_and_status_and_a_ppid_pelaksana_sees_only_their_units_requests() {
        units.save(new Units.Unit("SETDA", "Sekretariat Daerah", true));
        accounts.save("halaman-pelaksana", "Pelaksana uji", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("SETDA"));
        Case forwarded = cases.registered();
        Case stayed = cases.registered();
        commands.sendAndWait(new ForwardInformationRequest(forwarded.requestId(), new UnitId("SETDA"), null,
                CitizenCases.OFFICER));
        Http petugas = officer("halaman-petugas");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                petugas.listing("/petugas/permohonan?unit=SETDA")).contains(page(forwarded)));

        assertThat(petugas.listing("/petugas/permohonan?unit=SETDA"))
                .doesNotContain(page(stayed));
        assertThat(petugas.listing("/petugas/permohonan?status=DIPROSES&unit="))
                .contains(page(forwarded)).doesNotContain(page(stayed));
        assertThat(petugas.listing("/petugas/permohonan?sisa=bukan-angka&status=BUKAN"))
                .as("a filter it cannot read narrows nothing").contains(page(forwarded), page(stayed));
        String pelaksanaQueue = officer("halaman-pelaksana").listing("/petugas/permohonan");
        assertThat(pelaksanaQueue).contains(page(forwarded), "Sekretariat Daerah").doesNotContain(page(stayed));
    }

    @Test
    void an_administrator_and_an_unknown_case_get_no_case_page() {
        Case request = cases.registered();
        assertThat(officer("halaman-admin").page(page(request)).getStatus().value()).isEqualTo(403);
        assertThat(officer("halaman-petugas").page("/petugas/permohonan/tidak-ada").getStatus().value())
                .isEqualTo(404);
    }
}
