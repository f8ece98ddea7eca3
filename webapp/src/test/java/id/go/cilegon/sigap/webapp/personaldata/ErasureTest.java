package id.go.cilegon.sigap.webapp.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A data subject's export and erasure, by the admin, over real HTTP: the person is found by NIK on both their cases,
 * handed everything as a file, then erased: afterwards no document of any collection, events included, holds any of
 * their values in plain text, while both cases and their histories remain with the person shown as erased.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErasureTest {

    private static final String PASSWORD = "rahasia-pdp-hapus-1";
    private static final Pattern SUBJECT = Pattern.compile("name=\"subjek\" id=\"subjek-\\d+\" value=\"([^\"]+)\"");
    private static final String PAGE = "/admin/data-pribadi";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    QueryGateway queries;

    @Autowired
    MongoDatabase database;

    private Http admin;
    private Http desk;

    @BeforeEach
    void setUp() {
        accounts.save("pdp-hapus-admin", "Admin PDP", PASSWORD, List.of(OfficerRole.ADMIN));
        accounts.save("pdp-hapus-petugas", "Petugas PDP", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        admin = new Http(port);
        admin.logIn("pdp-hapus-admin", PASSWORD);
        desk = new Http(port);
        desk.logIn("pdp-hapus-petugas", PASSWORD);
    }

    @Test
    void a_person_is_exported_then_erased_and_no_plain_value_is_left_anywhere() throws Exception {
        People.Person person = People.someone("Hapus");
        People.Filed filed = People.files(person, new Http(port), queries);
        String reveal = "/petugas/permohonan/" + filed.requestId() + "/data-pribadi";
        desk.submit(reveal, reveal, reason("Menelepon pemohon untuk kelengkapan berkas"));
        long events = database.getCollection("events").countDocuments();

        String found = await().atMost(Duration.ofSeconds(10)).until(() -> search(person.nik()),
                page -> page.contains(filed.requestNumber()) && page.contains(filed.complaintNumber()));
        assertThat(found).contains(person.name()).contains(Masked.nik(person.nik()))
                .contains(Masked.phone(person.phone()));
        List<String> subjects = subjects(found);
        assertThat(subjects).hasSize(2);
        assertThat(search(person.email())).contains(filed.requestNumber()).contains(filed.complaintNumber());
        assertThat(search("+62 " + person.phone().substring(1))).contains(filed.complaintNumber());
        assertThat(search(filed.requestNumber())).contains(filed.requestNumber())
                .doesNotContain(filed.complaintNumber());

        EntityExchangeResult<String> exported = admin.submit(PAGE, PAGE + "/ekspor",
                request(person.nik(), subjects, "Surat permintaan 7/PDP/XI/2026", null));
        assertThat(exported.getStatus().value()).isEqualTo(303);
        String file = new String(admin.download(exported.getResponseHeaders().getLocation().toString())
                .getResponseBody(), StandardCharsets.UTF_8);
        assertThat(file).contains(person.name()).contains(person.nik()).contains(person.phone())
                .contains(person.address()).contains(filed.requestNumber()).contains(filed.complaintNumber())
                .contains("Surat permintaan 7/PDP/XI/2026").contains("riwayat").contains("BUKA_DATA");

        EntityExchangeResult<String> unconfirmed = admin.submit(PAGE, PAGE + "/hapus",
                request(person.nik(), subjects, "Surat permintaan 8/PDP/XI/2026", null));
        assertThat(unconfirmed.getStatus().value()).isEqualTo(400);
        assertThat(unconfirmed.getResponseBody()).contains("id=\"kesalahan\"");
        assertThat(People.caseFile(queries, filed.requestId()).orElseThrow().requester()).isNotNull();

        EntityExchangeResult<String> erased = admin.submit(PAGE, PAGE + "/hapus",
                request(person.nik(), subjects, "Surat permintaan 8/PDP/XI/2026", "ya"));
        assertThat(erased.getStatus().value()).isEqualTo(303);
        assertThat(erased.getResponseHeaders().getLocation()).hasToString(PAGE + "?dihapus=2");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                People.caseFile(queries, filed.requestId()).orElseThrow().requester() == null
                        && People.complaint(queries, filed.complaintId()).orElseThrow().complainant() == null
                        && search(person.nik()).contains("id=\"tidak-ditemukan\""));

        for (String value : person.plainValues()) {
            assertThat(holding(value)).as("documents holding %s", value).isEmpty();
        }
        assertThat(database.getCollection("events").countDocuments()).isGreaterThan(events);
        assertThat(desk.page("/petugas/permohonan/" + filed.requestId()).getResponseBody())
                .contains(filed.requestNumber()).contains("Data pribadi pemohon telah dihapus");
        assertThat(desk.page("/petugas/pengaduan/" + filed.complaintId()).getResponseBody())
                .contains(filed.complaintNumber()).contains("Lampu jalan mati di gang rumah")
                .contains("Data pribadi pengadu telah dihapus");
        assertThat(admin.page(PAGE).getResponseBody()).contains("Surat permintaan 8/PDP/XI/2026")
                .contains("Surat permintaan 7/PDP/XI/2026");
    }

    @Test
    void a_request_that_chose_nobody_the_search_found_changes_nothing() throws Exception {
        People.Person person = People.someone("Tolak");
        People.Filed filed = People.files(person, new Http(port), queries);
        String found = await().atMost(Duration.ofSeconds(10)).until(() -> search(filed.requestNumber()),
                page -> page.contains("name=\"subjek\""));

        EntityExchangeResult<String> refused = admin.submit(PAGE, PAGE + "/hapus",
                request(filed.requestNumber(), List.of("00000000-0000-4000-8000-000000000000"), "Surat 9", "ya"));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        EntityExchangeResult<String> blank = admin.submit(PAGE, PAGE + "/hapus",
                request(filed.requestNumber(), subjects(found), " ", "ya"));
        assertThat(blank.getStatus().value()).isEqualTo(400);
        assertThat(blank.getResponseBody()).contains("Rujukan permintaan");

        assertThat(People.caseFile(queries, filed.requestId()).orElseThrow().requester().name())
                .isEqualTo(person.name());
        assertThat(holding(person.nik())).isNotEmpty();
        EntityExchangeResult<String> empty = admin.submit(PAGE, PAGE, query(" "));
        assertThat(empty.getStatus().value()).isEqualTo(400);
        assertThat(empty.getResponseBody()).contains("id=\"cari-pesan\"");
    }

    /** The admin's search, posted as the page's form does. */
    private String search(String value) {
        EntityExchangeResult<String> result = admin.submit(PAGE, PAGE, query(value));
        assertThat(result.getStatus().value()).isEqualTo(200);
        return result.getResponseBody();
    }

    private static LinkedMultiValueMap<String, String> query(String value) {
        LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("cari", value);
        return fields;
    }

    /** Every document of every collection, read raw, that holds {@code value} anywhere in its text or bytes. */
    private List<String> holding(String value) {
        List<String> found = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            for (Document document : database.getCollection(name).find()) {
                if (document.toJson().contains(value) || binaryHolds(document, value)) {
                    found.add(name + " " + document.get("_id"));
                }
            }
        }
        return found;
    }

    private static boolean binaryHolds(Object node, String value) {
        if (node instanceof Binary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8).contains(value);
        }
        if (node instanceof Document document) {
            return document.values().stream().anyMatch(child -> binaryHolds(child, value));
        }
        if (node instanceof List<?> list) {
            return list.stream().anyMatch(child -> binaryHolds(child, value));
        }
        return false;
    }

    private static List<String> subjects(String page) {
        List<String> subjects = new ArrayList<>();
        Matcher matcher = SUBJECT.matcher(page);
        while (matcher.find()) {
            subjects.add(matcher.group(1));
        }
        return subjects;
    }

    private static LinkedMultiValueMap<String, String> request(String query, List<String> subjects, String reference,
            String confirm) {
        LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("cari", query);
        subjects.forEach(subject -> fields.add("subjek", subject));
        fields.add("rujukan", reference);
        if (confirm != null) {
            fields.add("konfirmasi", confirm);
        }
        return fields;
    }

    private static LinkedMultiValueMap<String, String> reason(String text) {
        LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("alasan", text);
        return fields;
    }
}
