package id.go.cilegon.sigap.webapp.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.AnswerObjection;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** The registers over real HTTP: requests come in through the public API and through commands. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegisterPagesTest {

    private static final String PASSWORD = "rahasia-register-123";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    Clock clock;

    private Http browser;
    private int year;

    @BeforeEach
    void openBrowser() {
        browser = new Http(port);
        year = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        accounts.save("uji-register", "Petugas Register", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("uji-atasan-register", "Dr. Atasan Register", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
    }

    /** A requester nobody else registers, so each assertion can name exactly what this test entered. */
    private record Person(String name, String nik, String address, String phone, String email, String information) {

        static Person unique(String name) {
            String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Person(name, "367201" + digits, "Jl. Register " + tag + " No. 7, Cilegon",
                    "0819" + digits.substring(0, 8), "pemohon-" + tag + "@example.org",
                    "Daftar jalan rusak tahun 2026 " + tag);
        }
    }

    private String registerThroughTheApi(Person person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nama", person.name());
        body.put("jenisIdentitas", "NIK");
        body.put("nomorIdentitas", person.nik());
        body.put("alamat", person.address());
        body.put("telepon", person.phone());
        body.put("email", person.email());
        body.put("pekerjaan", "Wiraswasta");
        body.put("informasiDiminta", person.information());
        body.put("tujuanPenggunaan", "Bahan laporan warga");
        body.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        body.put("caraMendapatkanSalinan", "EMAIL");
        Map<?, ?> receipt = browser.client().post().uri("/api/v1/permohonan-informasi")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) receipt.get("nomorPendaftaran");
    }

    private InformationRequestId registerThroughCommands(Person person) {
        InformationRequestId id = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(id, Channel.DATANG_LANGSUNG, clock.instant(),
                PersonalData.of(DataSubjectId.newId(), new Requester(person.name(), Requester.IdentityKind.NIK,
                        person.nik(), person.address(), person.phone(), person.email(), "Dosen")),
                person.information(), "Penelitian tentang " + person.name(), ObtainMethod.SALINAN_HARDCOPY,
                DeliveryMethod.DIAMBIL_LANGSUNG, "hash-" + id.value()));
        return id;
    }

    private void refuseAndObject(InformationRequestId id) {
        OfficerId petugas = OfficerId.of("uji-register");
        commands.sendAndWait(new SendWrittenNotice(id, new WrittenNotice(true, null,
                NoticeDecision.DITOLAK_DIKECUALIKAN, List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("SK Wali Kota 400.3/2026"), "UU 14/2008 Pasal 17 huruf h",
                        "Membuka data pribadi merugikan pemiliknya", Period.ofYears(5)),
                null, List.of(), null, null, null, null, "pemberitahuan-tertulis/v1"), petugas));
        commands.sendAndWait(new FileObjection(id, ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Kasus posisi rahasia pemohon", PersonalData.of(DataSubjectId.newId(), new Proxy("Kuasa Register Uji",
                        "3672010101800009", "Jl. Kuasa 9", "0811000009", null, "SK-09/2026")),
                Channel.DATANG_LANGSUNG, petugas));
        commands.sendAndWait(new AnswerObjection(id, ObjectionOutcome.REJECTED, "Alasan tertulis Atasan uji",
                OfficerId.of("uji-atasan-register")));
    }

    private String officerPage(String path) {
        return browser.page(path).getResponseBody();
    }

    /** Waits, within bounds, for the registers' processor to have caught up with what a test registered. */
    private void awaitOfficerPage(String path, String expected) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(officerPage(path)).contains(expected));
    }

    // ------------------------------------------------------------------------------------------------- tests

    @Test
    void the_officer_registers_and_their_downloads_need_a_login() {
        for (String path : List.of("/petugas/register/permohonan", "/petugas/register/keberatan",
                "/petugas/register/permohonan.csv", "/petugas/register/keberatan.xlsx")) {
            EntityExchangeResult<String> anonymous = browser.page(path);
            assertThat(anonymous.getStatus().is3xxRedirection()).as(path).isTrue();
            assertThat(anonymous.getResponseHeaders().getLocation().toString()).as(path).endsWith("/masuk");
        }
    }

    @Test
    void the_officer_register_permohonan_lists_a_request_under_the_perki_headings_in_either_language() {
        Person person = Person.unique("Wulan Register Sari");
        String number = registerThroughTheApi(person);
        browser.logIn("uji-register", PASSWORD);
        String path = "/petugas/register/permohonan?tahun=" + year;

        awaitOfficerPage(path, number);

        String html = officerPage(path + "&lang=id");
        assertThat(html).contains("Register Permohonan Informasi Publik Tahun " + year, "No. Pendaftaran",
                "Tanggal Permohonan", "Nama", "Alamat", "Nomor Kontak (Telepon / E-mail)", "Pekerjaan",
                "Informasi yang Diminta", "Tujuan Penggunaan Informasi", "Status Informasi (Di Bawah Penguasaan)",
                "Keputusan", "Alasan Penolakan", "Tanggal Pemberitahuan Tertulis", "Biaya dan Cara Pembayaran");
        assertThat(html).contains(number, person.name(), person.address(), person.phone() + " / " + person.email(),
                person.information(), "Bahan laporan warga", "Diterima - sedang diproses PPID");
        assertThat(html).contains("href=\"/petugas/register/permohonan.csv?tahun=" + year + "\"",
                "href=\"/petugas/register/permohonan.xlsx?tahun=" + year + "\"");
        assertThat(html).containsPattern(">\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
                + "|Oktober|November|Desember) " + year + "<");

        String english = officerPage(path + "&lang=en");
        assertThat(english).contains("Registration No.", "Information requested", "Purpose of use",
                "Received - being processed", number);
    }

    @Test
    void the_csv_holds_the_request_and_never_lets_a_name_run_as_a_formula() {
        Person person = Person.unique("=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
        String number = registerThroughTheApi(person);
        browser.logIn("uji-register", PASSWORD);
        awaitOfficerPage("/petugas/register/permohonan?tahun=" + year, number);

        EntityExchangeResult<byte[]> csv = officerDownload("/petugas/register/permohonan.csv?tahun=" + year);

        assertThat(csv.getResponseHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"register-permohonan-" + year + ".csv\"");
        String text = new String(csv.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNo. Pendaftaran,Tanggal Permohonan,Saluran Permohonan,Nama,");
        String line = text.lines().filter(candidate -> candidate.startsWith(number)).findFirst().orElseThrow();
        assertThat(line).contains(",\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\",",
                person.address(), person.information());
    }

    @Test
    void the_xlsx_opens_and_holds_the_request() throws Exception {
        Person person = Person.unique("Bagus Register Pratama");
        String number = registerThroughTheApi(person);
        browser.logIn("uji-register", PASSWORD);
        awaitOfficerPage("/petugas/register/permohonan?tahun=" + year, number);

        EntityExchangeResult<byte[]> xlsx = officerDownload("/petugas/register/permohonan.xlsx?tahun=" + year);

        assertThat(xlsx.getResponseHeaders().getContentType()).isEqualTo(
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(xlsx.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"register-permohonan-" + year + ".xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponseBody()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Register Permohonan " + year);
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("No. Pendaftaran");
            Row row = rows.stream().filter(candidate -> number.equals(candidate.getCellText(0))).findFirst()
                    .orElseThrow();
            assertThat(row.getCellText(3)).isEqualTo(person.name());
            assertThat(row.getCellText(8)).isEqualTo(person.information());
        }
    }

    @Test
    void the_register_keberatan_shows_the_objection_with_its_ground_and_the_atasan_answer() {
        Person person = Person.unique("Hendra Register Keberatan");
        InformationRequestId id = registerThroughCommands(person);
        refuseAndObject(id);
        browser.logIn("uji-register", PASSWORD);
        String path = "/petugas/register/keberatan?tahun=" + year;

        awaitOfficerPage(path, person.name());

        String html = officerPage(path);
        assertThat(html).contains("Register Keberatan Tahun " + year, "No. Registrasi Keberatan",
                "No. Pendaftaran Permohonan", "Alasan Keberatan (Pasal 35 ayat (1) UU KIP)", "Kasus Posisi",
                "Batas Waktu Tanggapan Atasan PPID", "Keputusan Atasan PPID", "Nama Atasan PPID");
        assertThat(html).containsPattern("KEBERATAN/" + year + "/\\d{6}");
        assertThat(html).contains(person.name(), "Kuasa Register Uji", "Kasus posisi rahasia pemohon",
                "a. Penolakan berdasarkan pengecualian Pasal 17", "Keberatan ditolak oleh Atasan PPID",
                "Alasan tertulis Atasan uji", "Dr. Atasan Register", "Tepat waktu");

        String requests = officerPage("/petugas/register/permohonan?tahun=" + year + "&status=DITOLAK_ATASAN");
        assertThat(requests).contains(person.information(), "Pasal 17 huruf h UU KIP", "Ditolak: informasi dikecualikan");
    }

    @Test
    void the_public_registers_show_the_requests_without_any_personal_data() {
        Person fromApi = Person.unique("Ratna Publik Register");
        registerThroughTheApi(fromApi);
        Person fromDesk = Person.unique("Joko Publik Keberatan");
        InformationRequestId id = registerThroughCommands(fromDesk);
        refuseAndObject(id);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                browser.page("/register/keberatan?tahun=" + year).getResponseBody()).contains(fromDesk.information()));

        String requests = browser.page("/register/permohonan?tahun=" + year).getResponseBody();
        assertThat(requests).contains("Register Permohonan Informasi Publik Tahun " + year, "No. Pendaftaran",
                "Informasi yang Diminta", "Keputusan", fromApi.information(), fromDesk.information(),
                "Pasal 17 huruf h UU KIP", "href=\"/register/permohonan.csv?tahun=" + year + "\"");
        assertThat(requests).doesNotContain("permohonan.xlsx", ">Nama<", ">Alamat<");
        String objections = browser.page("/register/keberatan?tahun=" + year).getResponseBody();
        assertThat(objections).contains("a. Penolakan berdasarkan pengecualian Pasal 17",
                "Keberatan ditolak oleh Atasan PPID");

        EntityExchangeResult<byte[]> csv = download(browser.client(), "/register/permohonan.csv?tahun=" + year);
        assertThat(csv.getResponseHeaders().getCacheControl()).isEqualTo("public, max-age=300");
        assertThat(csv.getResponseHeaders().getPragma()).as("no contradicting no-cache").isNull();
        assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"register-permohonan-publik-" + year + ".csv\"");
        String requestsCsv = new String(csv.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(requestsCsv).contains(fromApi.information(), fromDesk.information());
        String objectionsCsv = new String(download(browser.client(), "/register/keberatan.csv?tahun=" + year)
                .getResponseBody(), StandardCharsets.UTF_8);
        assertThat(objectionsCsv).contains(fromDesk.information());

        for (String published : List.of(requests, objections, requestsCsv, objectionsCsv)) {
            for (Person person : List.of(fromApi, fromDesk)) {
                assertThat(published).doesNotContain(person.name(), person.nik(), person.address(), person.phone(),
                        person.email(), "Penelitian tentang", "Bahan laporan warga");
            }
            assertThat(published).doesNotContain("Kuasa Register Uji", "Kasus posisi rahasia pemohon",
                    "Alasan tertulis Atasan uji", "Dr. Atasan Register", "uji-atasan-register");
        }
    }

    @Test
    void a_year_that_no_register_can_hold_is_a_bad_request() {
        assertThat(browser.page("/register/permohonan?tahun=12").getStatus().value()).isEqualTo(400);
        assertThat(browser.page("/register/permohonan?tahun=dua").getStatus().value()).isEqualTo(400);
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private EntityExchangeResult<byte[]> download(WebTestClient client, String path) {
        return client.get().uri(path).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
    }

    private EntityExchangeResult<byte[]> officerDownload(String path) {
        return OfficerSession.logIn(port, "uji-register", PASSWORD).download(path);
    }

    /** Downloads are bytes, which the page client reads as text: an officer session of their own fetches them. */
    private record OfficerSession(WebTestClient client, Map<String, String> cookies) {

        static OfficerSession logIn(int port, String username, String password) {
            OfficerSession session = new OfficerSession(new Http(port).client(), new LinkedHashMap<>());
            EntityExchangeResult<String> form = session.client().get().uri("/masuk").exchange()
                    .expectBody(String.class).returnResult();
            session.remember(form.getResponseCookies());
            MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
            fields.add("username", username);
            fields.add("password", password);
            fields.add("_csrf", Http.csrfToken(form.getResponseBody()));
            WebTestClient.RequestHeadersSpec<?> login = session.client().post().uri("/masuk")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(fields));
            session.cookies().forEach(login::cookie);
            EntityExchangeResult<Void> loggedIn = login.exchange().expectStatus().is3xxRedirection()
                    .expectBody(Void.class).returnResult();
            assertThat(loggedIn.getResponseHeaders().getLocation().toString()).startsWith("/petugas");
            session.remember(loggedIn.getResponseCookies());
            return session;
        }

        EntityExchangeResult<byte[]> download(String path) {
            WebTestClient.RequestHeadersSpec<?> request = client.get().uri(path);
            cookies.forEach(request::cookie);
            return request.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
        }

        private void remember(MultiValueMap<String, ResponseCookie> received) {
            received.forEach((name, values) -> cookies.put(name, values.get(values.size() - 1).getValue()));
        }
    }
}
