package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.RawHttp;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;

/** Files of the granted information over real HTTP: given by the PPID, downloaded by the requester, taken back. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReleasedDocumentsHttpTest {

    private static final String PASSWORD = "rahasia-berkas-1";
    private static final OfficerId PETUGAS = OfficerId.of("berkas-petugas");
    private static final Pattern OFFICER_LINK =
            Pattern.compile("/petugas/permohonan/[0-9a-f-]+/dokumen/([0-9a-f]{24})");

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    MongoDatabase database;

    private CitizenCases cases;
    private Http petugas;

    @BeforeEach
    void accounts() {
        accounts.save(PETUGAS.value(), "Petugas Berkas", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("berkas-pelaksana", "Pelaksana Berkas", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("SETDA"));
        accounts.save("berkas-pengawas", "Pengawas Berkas", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        cases = new CitizenCases(new Http(port).client(), commands, queries);
        petugas = officer(PETUGAS.value());
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private static String page(Case request) {
        return "/petugas/permohonan/" + request.requestId().value();
    }

    /** A PDF as far as its content tells: Tika reads the type from the first bytes. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n% Daftar penerima beasiswa daerah 2026\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static MultipartBodyBuilder file(String name, byte[] bytes) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("berkas", bytes).filename(name).contentType(MediaType.APPLICATION_PDF);
        return parts;
    }

    private Case granted() {
        Case request = cases.registered();
        commands.sendAndWait(new SendWrittenNotice(request.requestId(), new WrittenNotice(true, null,
                NoticeDecision.DIKABULKAN_SELURUHNYA, List.of(), null, "Daftar penerima beasiswa daerah 2026",
                List.of(), ObtainMethod.SALINAN_SOFTCOPY, "PDF", DeliveryMethod.EMAIL, new Cost(0, null),
                "pemberitahuan-v1"), PETUGAS));
        await().atMost(Duration.ofSeconds(10)).until(() -> petugas.page(page(request)).getResponseBody()
                .contains("id=\"aksi-dokumen\""));
        return request;
    }

    private long storedFiles() {
        return database.getCollection(ReleasedDocumentStore.BUCKET + ".files").countDocuments();
    }

    private static String released(String casePage) {
        Matcher link = OFFICER_LINK.matcher(casePage);
        assertThat(link.find()).as("a released file on the case page").isTrue();
        return link.group(1);
    }

    @Test
    void a_file_given_to_a_granted_request_is_downloaded_with_the_tracking_code_as_it_was_given() throws Exception {
        Case request = granted();
        byte[] content = pdf(20_000);

        EntityExchangeResult<String> given = petugas.submitMultipart(page(request), page(request) + "/dokumen",
                file("daftar penerima/../beasiswa 2026.pdf", content));

        assertThat(given.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        String casePage = petugas.page(String.valueOf(given.getResponseHeaders().getLocation())).getResponseBody();
        assertThat(casePage).contains("Berkas diberikan", "id=\"panel-berkas\"", "beasiswa 2026.pdf", "20 KB");
        String documentId = released(casePage);

        Http citizen = new Http(port);
        String status = citizen.page(request.statusPage()).getResponseBody();
        assertThat(status).contains("id=\"berkas\"", request.statusPage() + "/dokumen/" + documentId,
                "beasiswa 2026.pdf", "Berkas beasiswa 2026.pdf tersedia untuk Anda unduh");
        EntityExchangeResult<byte[]> download = citizen.download(request.statusPage() + "/dokumen/" + documentId);
        assertThat(download.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(download.getResponseBody()).isEqualTo(content);
        assertThat(download.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("beasiswa 2026.pdf");
        assertThat(download.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(citizen.getJson(request.statusApi()).getResponseBody()).contains("\"berkas\":[{\"nama\":"
                + "\"beasiswa 2026.pdf\"", request.statusPage() + "/dokumen/" + documentId, sha256(content));
        assertThat(petugas.download(page(request) + "/dokumen/" + documentId).getResponseBody()).isEqualTo(content);
        assertThat(petugas.page(page(request) + "/kronologi").getResponseBody())
                .as("the kronologi names the file given, with its fingerprint")
                .contains("id=\"berkas\"", "beasiswa 2026.pdf", sha256(content));
    }

    @Test
    void a_file_taken_back_is_no_longer_downloaded_and_the_requester_reads_why() {
        Case request = granted();
        String documentId = released(petugas.page(String.valueOf(petugas.submitMultipart(page(request),
                page(request) + "/dokumen", file("daftar.pdf", pdf(5_000))).getResponseHeaders().getLocation()))
                .getResponseBody());
        LinkedMultiValueMap<String, String> withoutReason = new LinkedMultiValueMap<>();
        withoutReason.add("dokumen", documentId);
        withoutReason.add("alasan", " ");
        assertThat(petugas.submit(page(request), page(request) + "/tarik-dokumen", withoutReason).getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        LinkedMultiValueMap<String, String> takeBack = new LinkedMultiValueMap<>();
        takeBack.add("dokumen", documentId);
        takeBack.add("alasan", "NIK siswa pada lampiran belum dihitamkan");
        EntityExchangeResult<String> taken = petugas.submit(page(request), page(request) + "/tarik-dokumen", takeBack);

        assertThat(taken.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(petugas.page(String.valueOf(taken.getResponseHeaders().getLocation())).getResponseBody())
                .contains("Berkas ditarik").doesNotContain("id=\"panel-berkas\"");
        Http citizen = new Http(port);
        assertThat(citizen.download(request.statusPage() + "/dokumen/" + documentId).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(citizen.page(request.statusPage()).getResponseBody())
                .contains("Berkas daftar.pdf ditarik kembali oleh PPID", "NIK siswa pada lampiran belum dihitamkan")
                .doesNotContain("id=\"berkas\"");
        assertThat(petugas.download(page(request) + "/dokumen/" + documentId).getStatus())
                .as("the record of what was released").isEqualTo(HttpStatus.OK);
        assertThat(petugas.submit(page(request), page(request) + "/tarik-dokumen", takeBack).getStatus())
                .as("taken back twice").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void a_file_that_is_not_kept_or_a_request_that_granted_nothing_stores_nothing() {
        Case undecided = cases.registered();
        long before = storedFiles();

        EntityExchangeResult<String> early = petugas.submitMultipart(page(undecided), page(undecided) + "/dokumen",
                file("daftar.pdf", pdf(5_000)));
        assertThat(early.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getResponseBody()).contains("hanya diberikan untuk informasi yang dikabulkan");

        Case request = granted();
        MultipartBodyBuilder text = new MultipartBodyBuilder();
        text.part("berkas", "bukan pdf".getBytes(StandardCharsets.UTF_8)).filename("daftar.pdf")
                .contentType(MediaType.APPLICATION_PDF);
        EntityExchangeResult<String> notPdf = petugas.submitMultipart(page(request), page(request) + "/dokumen", text);
        assertThat(notPdf.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notPdf.getResponseBody()).contains("id=\"kesalahan\"", "daftar.pdf");
        EntityExchangeResult<String> none = petugas.submitMultipart(page(request), page(request) + "/dokumen",
                new MultipartBodyBuilder());
        assertThat(none.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getResponseBody()).contains("Pilih satu berkas.");
        EntityExchangeResult<String> tooLarge = petugas.submitMultipart(page(request), page(request) + "/dokumen",
                file("besar.pdf", pdf(5 * 1024 * 1024 + 1)));
        assertThat(tooLarge.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(officer("berkas-pengawas").submitMultipart("/petugas/notifikasi", page(request) + "/dokumen",
                file("daftar.pdf", pdf(5_000))).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(petugas.page(page(request)).getResponseBody()).doesNotContain("id=\"panel-berkas\"");
    }

    @Test
    void a_file_is_downloaded_only_with_its_own_requests_tracking_code() {
        Case request = granted();
        Case other = cases.registered();
        String documentId = released(petugas.page(String.valueOf(petugas.submitMultipart(page(request),
                page(request) + "/dokumen", file("daftar.pdf", pdf(5_000))).getResponseHeaders().getLocation()))
                .getResponseBody());
        Http citizen = new Http(port);

        assertThat(citizen.download(other.statusPage() + "/dokumen/" + documentId).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(citizen.download("/status/BUKANKODE/dokumen/" + documentId).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(citizen.download(request.statusPage() + "/dokumen/bukan-id").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(officer("berkas-pelaksana").download(page(request) + "/dokumen/" + documentId).getStatus())
                .as("a unit the request was not given to").isEqualTo(HttpStatus.NOT_FOUND);
        EntityExchangeResult<String> anonymous = citizen.page(page(request) + "/dokumen/" + documentId);
        assertThat(String.valueOf(anonymous.getResponseHeaders().getLocation())).endsWith("/masuk");
    }

    @Test
    void a_browsers_upload_with_its_length_declared_passes_the_size_limit_of_plain_forms() throws Exception {
        Case request = granted();
        String token = Http.csrfToken(petugas.page(page(request)).getResponseBody());
        String boundary = "----sigap" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"besar.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf(300_000));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        try (RawHttp raw = new RawHttp(port, Duration.ofSeconds(30))) {
            RawHttp.Answer answer = raw.send("POST", page(request) + "/dokumen", List.of(
                    new String[] {"Content-Type", "multipart/form-data; boundary=" + boundary},
                    new String[] {"Cookie", petugas.cookieHeader()}), body.toByteArray());

            assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        }
        assertThat(database.getCollection(ReleasedDocumentStore.BUCKET + ".files")
                .countDocuments(new Document("metadata.requestId", request.requestId().value()))).isEqualTo(1);
    }
}
