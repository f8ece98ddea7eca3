package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.RawHttp;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.Registration;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the fuzzer ({@link MalformedRequestFuzzTest}) found, one case each, over real HTTP: input answered with a
 * 500 is now refused as the client's mistake, with problem details on the APIs; input that looked filled in but
 * was not is refused and nothing is stored; an unknown tracking code costs one lookup, not forty.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MalformedInputTest {

    private static final String BOUNDARY = "batas-uji";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    QueryBus queryBus;

    private RawHttp raw;
    private String csrfCookie;
    private String csrf;

    @BeforeEach
    void openTheRequestForm() {
        raw = new RawHttp(port, Duration.ofSeconds(30));
        RawHttp.Answer form = raw.send("GET", "/permohonan", List.of(), new byte[0]);
        csrfCookie = form.cookie("sigap-csrf");
        csrf = Http.csrfToken(form.body());
    }

    @AfterEach
    void close() {
        raw.close();
    }

    @Test
    void a_content_type_that_is_no_media_type_is_415_on_pages_and_apis() {
        long before = events();

        RawHttp.Answer api = post("/api/v1/permohonan-informasi", "application/json; charset=bogus", "{}");
        RawHttp.Answer page = post("/permohonan", "text/", "_csrf=" + csrf);
        RawHttp.Answer otherMethod = raw.send("DELETE", "/", headers("garbage"), bytes("x"));

        assertProblem(api, 415, "unreadable-content-type");
        assertThat(page.status()).isEqualTo(415);
        assertThat(otherMethod.status()).isEqualTo(415);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_multipart_body_without_boundary_end_or_part_names_or_with_too_many_parts_is_400() {
        long before = events();
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i < 41; i++) {
            tooMany.append(part("judul", "bagian " + i));
        }

        RawHttp.Answer noBoundary = raw.send("POST", "/api/v1/pengaduan", headers("multipart/form-data"),
                bytes(part("judul", "x") + end()));
        RawHttp.Answer noEnd = post("/api/v1/pengaduan", multipart(), part("judul", "x"));
        RawHttp.Answer nameless = post("/api/v1/pengaduan", multipart(),
                "--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\ntanpa nama\r\n" + end());
        RawHttp.Answer parts = post("/api/v1/pengaduan", multipart(), tooMany + end());
        List<String[]> browser = headers(multipart());
        browser.add(new String[] {"Accept", "text/html"});
        RawHttp.Answer page = raw.send("POST", "/pengaduan", browser,
                bytes("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\ntanpa nama\r\n" + end()));

        for (RawHttp.Answer answer : List.of(noBoundary, noEnd, nameless, parts)) {
            assertProblem(answer, 400, "unreadable-form");
        }
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Permintaan tidak dapat diproses");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_form_with_a_broken_percent_escape_is_400() {
        RawHttp.Answer answer = post("/permohonan", "application/x-www-form-urlencoded",
                "_csrf=" + csrf + "&nama=%zz");

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void a_path_the_firewall_refuses_is_answered_with_problem_details_on_the_api() {
        RawHttp.Answer answer = raw.send("GET", "/api/v1/statistik//", List.of(), new byte[0]);

        assertProblem(answer, 400, "rejected-request");
    }

    @Test
    void a_query_parameter_name_the_firewall_refuses_is_400_on_the_api_and_the_page_and_stores_nothing() {
        long before = events();
        List<String[]> browser = headers("application/x-www-form-urlencoded");
        browser.add(new String[] {"Accept", "text/html"});

        RawHttp.Answer api = post("/api/v1/pengaduan?%00=1", multipart(), part("judul", "x") + end());
        RawHttp.Answer page = raw.send("POST", "/permohonan?%00=1", browser, bytes("_csrf=" + csrf + "&nama=Rina"));

        assertProblem(api, 400, "rejected-request");
        assertThat(page.status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_form_field_its_record_does_not_declare_is_ignored_whatever_path_it_spells() {
        long before = events();
        List<String[]> browser = headers("application/x-www-form-urlencoded");
        browser.add(new String[] {"Accept", "text/html"});

        RawHttp.Answer answer = raw.send("POST", "/permohonan", browser, bytes("_csrf=" + csrf
                + "&nama.x=1&nama%5B0%5D=2&class.module.classLoader.DefaultAssertionStatus=true&jenisIdentitas=NIK"));

        assertThat(answer.status()).as("the form again, with its missing fields named").isEqualTo(400);
        assertThat(answer.body()).contains("id=\"nama\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_page_asked_for_as_an_event_stream_is_406() {
        RawHttp.Answer answer = raw.send("GET", "/permohonan", List.<String[]>of(
                new String[] {"Accept", "text/event-stream"}), new byte[0]);

        assertThat(answer.status()).isEqualTo(406);
    }

    @Test
    void a_required_field_of_invisible_characters_is_blank() {
        long before = events();
        String request = "{\"nama\":\"\u00A0\u2003\",\"jenisIdentitas\":\"NIK\",\"nomorIdentitas\":\"3672014101900005\","
                + "\"alamat\":\"Jl. Sultan Ageng Tirtayasa No. 10\",\"telepon\":\"081234567890\","
                + "\"pekerjaan\":\"\u200B\uFEFF\",\"informasiDiminta\":\"Daftar sekolah penerima BOS\","
                + "\"tujuanPenggunaan\":\"Penelitian\",\"caraMemperoleh\":\"SALINAN_SOFTCOPY\","
                + "\"caraMendapatkanSalinan\":\"EMAIL\"}";
        String complaint = part("judul", "\u3000\u00A0") + part("uraian", "Lampu jalan mati sejak seminggu")
                + part("kategori", "INFRASTRUKTUR") + part("kecamatan", "Jombang") + part("kelurahan", "Jombang Wetan")
                + part("anonim", "true") + end();

        RawHttp.Answer requestAnswer = post("/api/v1/permohonan-informasi", "application/json", request);
        RawHttp.Answer complaintAnswer = post("/api/v1/pengaduan", multipart(), complaint);

        assertProblem(requestAnswer, 400, "invalid-fields");
        assertThat(requestAnswer.body()).contains("\"field\":\"nama\"", "\"field\":\"pekerjaan\"");
        assertProblem(complaintAnswer, 400, "invalid-fields");
        assertThat(complaintAnswer.body()).contains("\"field\":\"judul\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_tracking_code_that_opens_no_complaint_is_looked_up_once_and_answered_not_found() {
        TrackingCode unknown = TrackingCode.generate();
        AtomicInteger lookups = new AtomicInteger();
        Registration counting = queryBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof FindComplaintByTrackingCode find
                    && find.trackingCodeHash().equals(unknown.hash())) {
                lookups.incrementAndGet();
            }
            return chain.proceed();
        });
        try {
            RawHttp.Answer page = raw.send("GET", "/pengaduan/status/" + unknown.value(), List.of(), new byte[0]);
            RawHttp.Answer api = raw.send("GET", "/api/v1/status-pengaduan/" + unknown.value(), List.of(),
                    new byte[0]);

            assertThat(page.status()).isEqualTo(404);
            assertProblem(api, 404, "not-found");
            assertThat(lookups).as("one lookup per request, not one until the wait for the read model ends")
                    .hasValue(2);
        } finally {
            counting.cancel();
        }
    }

    private RawHttp.Answer post(String path, String contentType, String body) {
        return raw.send("POST", path, headers(contentType), bytes(body));
    }

    private List<String[]> headers(String contentType) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Content-Type", contentType});
        headers.add(new String[] {"Cookie", csrfCookie});
        return headers;
    }

    private static String multipart() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String end() {
        return "--" + BOUNDARY + "--\r\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"urn:sigap:problem:" + type + "\"");
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }
}
