package id.go.cilegon.sigap.webapp.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Officers see NIK, phone and e-mail masked; the whole values only for a reason, which is recorded with who, what
 * and when before they are shown; supervisors search those records. Over real HTTP, pages and API alike.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalDataAccessTest {

    private static final String PASSWORD = "rahasia-pdp-akses-1";
    private static final String REASON = "Menelepon pemohon untuk kelengkapan berkas";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    QueryGateway queries;

    @Autowired
    MongoDatabase database;

    private Http desk;
    private Http supervisor;
    private People.Person person;
    private People.Filed filed;

    @BeforeEach
    void setUp() {
        accounts.save("pdp-akses-petugas", "Petugas PDP", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("pdp-akses-supervisor", "Supervisor PDP", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        accounts.save("pdp-akses-dlh", "Penghubung DLH", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DLH"));
        desk = officer("pdp-akses-petugas");
        supervisor = officer("pdp-akses-supervisor");
        person = People.someone("Akses");
        filed = People.files(person, new Http(port), queries);
    }

    @Test
    void the_case_page_masks_nik_and_phone_and_records_the_view() {
        String page = desk.page("/petugas/permohonan/" + filed.requestId()).getResponseBody();

        assertThat(page).contains(person.name()).contains(Masked.nik(person.nik())).contains(Masked.phone(person.phone()))
                .doesNotContain(person.nik()).doesNotContain(person.phone()).doesNotContain(person.email());
        assertThat(entries(filed.requestNumber(), "LIHAT_BERKAS")).extracting(entry -> entry.getString("officer"))
                .contains("pdp-akses-petugas");

        String complaint = desk.page("/petugas/pengaduan/" + filed.complaintId()).getResponseBody();
        assertThat(complaint).contains(Masked.nik(person.nik())).doesNotContain(person.nik())
                .doesNotContain(person.phone());
    }

    @Test
    void the_whole_data_needs_a_reason_and_shows_only_once_it_is_recorded() {
        String reveal = "/petugas/permohonan/" + filed.requestId() + "/data-pribadi";
        assertThat(desk.page(reveal).getResponseBody()).contains(Masked.nik(person.nik()))
                .doesNotContain(person.nik());

        EntityExchangeResult<String> refused = desk.submit(reveal, reveal, form(""));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("id=\"kesalahan\"").doesNotContain(person.nik());
        assertThat(entries(filed.requestNumber(), "BUKA_DATA")).isEmpty();

        EntityExchangeResult<String> shown = desk.submit(reveal, reveal, form(REASON));
        assertThat(shown.getStatus().value()).isEqualTo(200);
        assertThat(shown.getResponseBody()).contains(person.nik()).contains(person.phone()).contains(person.email());
        assertThat(entries(filed.requestNumber(), "BUKA_DATA")).singleElement().satisfies(entry -> {
            assertThat(entry.getString("officer")).isEqualTo("pdp-akses-petugas");
            assertThat(entry.getString("reason")).isEqualTo(REASON);
        });

        String complaintReveal = "/petugas/pengaduan/" + filed.complaintId() + "/data-pribadi";
        assertThat(desk.submit(complaintReveal, complaintReveal, form(REASON)).getResponseBody())
                .contains(person.nik()).contains(person.address());
    }

    @Test
    void supervisors_search_who_read_what_and_why() {
        String reveal = "/petugas/permohonan/" + filed.requestId() + "/data-pribadi";
        desk.submit(reveal, reveal, form(REASON));

        String found = supervisor.page("/petugas/akses-data?tindakan=BUKA_DATA&nomor=" + filed.requestNumber())
                .getResponseBody();
        assertThat(found).contains("pdp-akses-petugas").contains(REASON).contains(filed.requestNumber());
        assertThat(supervisor.page("/petugas/akses-data?petugas=tidak-ada-petugas").getResponseBody())
                .contains("id=\"tidak-ada\"").doesNotContain(REASON);

        EntityExchangeResult<String> badDate = supervisor.page("/petugas/akses-data?dari=kemarin");
        assertThat(badDate.getStatus().value()).isEqualTo(400);
        EntityExchangeResult<String> badAction = supervisor.page("/petugas/akses-data?tindakan=MEMBACA");
        assertThat(badAction.getStatus().value()).isEqualTo(400);
        assertThat(desk.page("/petugas/akses-data").getStatus().value()).isEqualTo(403);
    }

    @Test
    void the_officer_api_masks_too_and_reveals_for_a_recorded_reason() {
        String api = "/api/v1/petugas/permohonan/" + filed.requestId();
        String masked = desk.getJson(api).getResponseBody();
        assertThat(masked).contains(Masked.nik(person.nik())).doesNotContain(person.nik())
                .doesNotContain(person.phone());

        EntityExchangeResult<String> refused = desk.postJson("/petugas/permohonan", api + "/data-pribadi",
                Map.of("alasan", ""));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("alasan").doesNotContain(person.nik());
        assertThat(entries(filed.requestNumber(), "BUKA_DATA")).isEmpty();

        EntityExchangeResult<String> shown = desk.postJson("/petugas/permohonan", api + "/data-pribadi",
                Map.of("alasan", REASON));
        assertThat(shown.getStatus().value()).isEqualTo(200);
        assertThat(shown.getResponseBody()).contains(person.nik()).contains(person.phone());
        assertThat(entries(filed.requestNumber(), "BUKA_DATA")).hasSize(1);

        String complaintApi = "/api/v1/petugas/pengaduan/" + filed.complaintId();
        assertThat(desk.getJson(complaintApi).getResponseBody()).contains(Masked.phone(person.phone()))
                .doesNotContain(person.phone());
        assertThat(desk.postJson("/petugas/pengaduan", complaintApi + "/data-pribadi", Map.of("alasan", REASON))
                .getResponseBody()).contains(person.phone());
    }

    @Test
    void a_unit_that_was_not_given_the_case_reveals_nothing() {
        Http otherUnit = officer("pdp-akses-dlh");
        String reveal = "/petugas/permohonan/" + filed.requestId() + "/data-pribadi";
        assertThat(otherUnit.page(reveal).getStatus().value()).isEqualTo(404);
        assertThat(entries(filed.requestNumber(), "BUKA_DATA")).isEmpty();
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private List<Document> entries(String number, String action) {
        return database.getCollection(AccessLog.COLLECTION)
                .find(new Document("caseNumber", number).append("action", action)).into(new java.util.ArrayList<>());
    }

    private static LinkedMultiValueMap<String, String> form(String reason) {
        LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("alasan", reason);
        return fields;
    }
}
