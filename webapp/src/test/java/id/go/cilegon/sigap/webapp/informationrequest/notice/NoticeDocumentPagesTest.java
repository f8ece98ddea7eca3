package id.go.cilegon.sigap.webapp.informationrequest.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.query.informationrequest.notice.api.FindNoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.SentNotice;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pdfs;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeDocumentPagesTest {

    static final String OFFICER = "uji-pemberitahuan";
    static final String PASSWORD = "rahasia-pemberitahuan-1";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    NoticeDocuments documents;

    private Http officer;
    private Http citizen;
    /** The officer's session for PDFs: {@link Http} reads bodies as text and keeps its cookies to itself. */
    private Map<String, String> officerSession;
    private static final Map<String, String> NO_SESSION = Map.of();

    @BeforeEach
    void visitors() {
        accounts.save(OFFICER, "Siti Rahmawati, S.Sos.", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        officer = new Http(port);
        officer.logIn(OFFICER, PASSWORD);
        citizen = new Http(port);
        officerSession = logInForDownloads();
    }

    /** A partial grant with a redaction and a charge, as the officer form sends it. */
    static WrittenNotice partlyGranted(String templateVersion) {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SEBAGIAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("SK Wali Kota 400.3/2026 lampiran II"),
                        "UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4",
                        "Membuka alamat dan penghasilan orang tua penerima merugikan privasi mereka melebihi "
                                + "manfaatnya bagi publik", Period.ofYears(5)),
                "Daftar penerima beasiswa daerah 2026 beserta jumlah bantuan",
                List.of(new Redaction("Alamat dan penghasilan orang tua penerima", ExemptionGround.H_RAHASIA_PRIBADI,
                        "Rahasia pribadi penerima beasiswa")),
                ObtainMethod.SALINAN_HARDCOPY, "Fotokopi, 12 halaman", DeliveryMethod.DIAMBIL_LANGSUNG,
                new Cost(15_000, "Tunai di loket PPID saat pengambilan"), templateVersion);
    }

    /** A request registered through the public API, with what its documents are found by. */
    record Registered(InformationRequestId id, String number, String trackingCode) {
    }

    private Registered register() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nama", "Rina Marlina");
        body.put("jenisIdentitas", "NIK");
        body.put("nomorIdentitas", "3672014101900005");
        body.put("alamat", "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
        body.put("telepon", "081234567890");
        body.put("email", "rina@example.org");
        body.put("pekerjaan", "Guru");
        body.put("informasiDiminta", "Daftar penerima beasiswa daerah tahun 2026");
        body.put("tujuanPenggunaan", "Penelitian");
        body.put("caraMemperoleh", "SALINAN_HARDCOPY");
        body.put("caraMendapatkanSalinan", "DIAMBIL_LANGSUNG");
        Map<?, ?> receipt = citizen.client().post().uri("/api/v1/permohonan-informasi")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String code = (String) receipt.get("kodePelacakan");
        FindRequestStatus byCode = new FindRequestStatus(TrackingCode.parse(code).orElseThrow().hash());
        RequestStatus status = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(byCode,
                ResponseTypes.optionalInstanceOf(RequestStatus.class)).join(), Optional::isPresent).orElseThrow();
        return new Registered(InformationRequestId.of(status.requestId()), (String) receipt.get("nomorPendaftaran"),
                code);
    }

    private Registered registeredWithNotice(WrittenNotice notice) {
        Registered request = register();
        commands.sendAndWait(new SendWrittenNotice(request.id(), notice, OfficerId.of(OFFICER)));
        awaitDocument(request, document -> document.notice() != null);
        return request;
    }

    private void awaitDocument(Registered request, Predicate<NoticeDocument> projected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindNoticeDocument(request.id()),
                ResponseTypes.optionalInstanceOf(NoticeDocument.class)).join().filter(projected).isPresent());
    }

    private static String officerPath(Registered request, String document) {
        return "/petugas/permohonan/" + request.id().value() + "/" + document;
    }

    @Test
    void the_officer_notice_states_points_a_to_g_in_order_with_decision_redaction_and_cost() {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v1"));

        EntityExchangeResult<String> page = officer.page(officerPath(request, "pemberitahuan"));

        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = page.getResponseBody();
        assertThat(html).contains("PEMBERITAHUAN TERTULIS", "Nomor Pendaftaran: " + request.number(),
                "PEMERINTAH KOTA CILEGON", "DINAS KOMUNIKASI, INFORMATIKA, SANDI DAN STATISTIK",
                "Rina Marlina", "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
        assertThat(html).containsSubsequence(
                "a.", "Informasi yang Saudara minta berada di bawah penguasaan PPID Kota Cilegon.",
                "b.", "Tidak berlaku, karena informasi berada di bawah penguasaan PPID Kota Cilegon.",
                "c.", "Permohonan Saudara: Dikabulkan sebagian.", "Pasal 17 huruf h UU KIP: dapat mengungkap rahasia pribadi",
                "d.", "Daftar penerima beasiswa daerah 2026 beserta jumlah bantuan", "Ringkasan uji konsekuensi",
                "SK Wali Kota 400.3/2026 lampiran II", "5 tahun",
                "e.", "Alamat dan penghasilan orang tua penerima", "Rahasia pribadi penerima beasiswa",
                "f.", "Mendapatkan salinan hardcopy (cetak)", "Fotokopi, 12 halaman", "Mengambil langsung",
                "g.", "Rp 15.000", "Tunai di loket PPID saat pengambilan",
                "Atasan PPID", "30 (tiga puluh) hari kerja",
                "Pejabat Pengelola Informasi dan Dokumentasi", "Siti Rahmawati, S.Sos.");
        assertThat(html).contains("href=\"" + officerPath(request, "pemberitahuan.pdf") + "\"", "Unduh PDF",
                "href=\"/css/dokumen.css\"");
        assertThat(html).doesNotContain("style=\"", "<script");
    }

    @Test
    void the_officer_pdf_is_the_same_letter_named_after_the_registration_number() throws Exception {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v1"));

        EntityExchangeResult<byte[]> pdf = download(officerSession, officerPath(request, "pemberitahuan.pdf"));

        assertThat(pdf.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "inline; filename=\"pemberitahuan-" + request.number().replace('/', '-') + ".pdf\"");
        byte[] bytes = pdf.getResponseBody();
        assertThat(new String(bytes, 0, 4)).isEqualTo("%PDF");
        String text = Pdfs.textOf(bytes);
        assertThat(text).contains(request.number(), "Rina Marlina", "PEMBERITAHUAN TERTULIS",
                "Dikabulkan sebagian", "Rp 15.000", "Alamat dan penghasilan", "Siti Rahmawati")
                .doesNotContain("Unduh PDF");
    }

    @Test
    void the_requester_opens_their_notice_with_the_tracking_code_and_a_wrong_code_finds_nothing() throws Exception {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v1"));
        String status = "/status/" + TrackingCode.parse(request.trackingCode()).orElseThrow().value();

        String html = citizen.page(status + "/pemberitahuan").getResponseBody();
        assertThat(html).contains("PEMBERITAHUAN TERTULIS", request.number(), "Rina Marlina", "Rp 15.000",
                "href=\"" + status + "/pemberitahuan.pdf\"", "href=\"" + status + "\"");

        EntityExchangeResult<byte[]> pdf = download(NO_SESSION, status + "/pemberitahuan.pdf");
        assertThat(pdf.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Pdfs.textOf(pdf.getResponseBody())).contains(request.number(), "Rina Marlina");

        EntityExchangeResult<String> wrong = citizen.page("/status/ABCD-EFGH-JKMN-PQRS-TVWX/pemberitahuan");
        assertThat(wrong.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrong.getResponseBody()).contains("Kode pelacakan tidak ditemukan").doesNotContain("Rina");
        assertThat(download(NO_SESSION, "/status/ABCD-EFGH-JKMN-PQRS-TVWX/pemberitahuan.pdf").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(citizen.page("/status/bukan-kode/pemberitahuan").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void before_the_notice_is_sent_its_document_is_not_found_and_says_why() {
        Registered request = register();
        awaitDocument(request, document -> true);

        EntityExchangeResult<String> page = officer.page(officerPath(request, "pemberitahuan"));
        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getResponseBody()).contains("Pemberitahuan tertulis belum dikirim",
                "Keluar (" + OFFICER + ")");

        EntityExchangeResult<String> citizenPage = citizen.page(
                "/status/" + TrackingCode.parse(request.trackingCode()).orElseThrow().value() + "/pemberitahuan");
        assertThat(citizenPage.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(citizenPage.getResponseBody()).contains("Pemberitahuan tertulis belum dikirim");

        assertThat(download(officerSession, officerPath(request, "pemberitahuan.pdf")).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(officer.page("/petugas/permohonan/tidak-ada/pemberitahuan").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_notice_with_a_template_version_this_installation_lacks_is_not_printed_with_another() {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v9"));

        EntityExchangeResult<String> page = officer.page(officerPath(request, "pemberitahuan"));

        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getResponseBody()).contains("Dokumen tidak dapat dicetak").doesNotContain("PEMBERITAHUAN TERTULIS");
        assertThat(download(officerSession, officerPath(request, "pemberitahuan.pdf")).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void officer_documents_need_a_login() {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v1"));

        for (String document : List.of("pemberitahuan", "pemberitahuan.pdf", "tanda-bukti-penyerahan",
                "tanda-bukti-penyerahan.pdf")) {
            EntityExchangeResult<String> anonymous = citizen.page(officerPath(request, document));
            assertThat(anonymous.getStatus().is3xxRedirection()).as(document).isTrue();
            assertThat(anonymous.getResponseHeaders().getLocation().toString()).endsWith("/masuk");
        }
    }

    @Test
    void the_receipt_of_delivery_is_printed_once_the_information_is_handed_over() throws Exception {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v1"));
        EntityExchangeResult<String> before = officer.page(officerPath(request, "tanda-bukti-penyerahan"));
        assertThat(before.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(before.getResponseBody()).contains("Informasi belum diserahkan");

        commands.sendAndWait(new RecordDelivery(request.id(), Instant.now().minus(Duration.ofHours(1)),
                DeliveryMethod.DIAMBIL_LANGSUNG,
                PersonalData.of(DataSubjectId.newId(), new Recipient("Rina Marlina", "pemohon")),
                OfficerId.of(OFFICER)));
        awaitDocument(request, document -> document.delivery() != null);

        String html = officer.page(officerPath(request, "tanda-bukti-penyerahan")).getResponseBody();
        assertThat(html).contains("TANDA BUKTI PENYERAHAN INFORMASI PUBLIK", request.number(), "Rina Marlina",
                "pemohon", "Mengambil langsung", "Daftar penerima beasiswa daerah 2026 beserta jumlah bantuan",
                "Siti Rahmawati, S.Sos.", "WIB");
        EntityExchangeResult<byte[]> pdf = download(officerSession, officerPath(request, "tanda-bukti-penyerahan.pdf"));
        assertThat(pdf.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "inline; filename=\"tanda-bukti-penyerahan-" + request.number().replace('/', '-') + ".pdf\"");
        assertThat(Pdfs.textOf(pdf.getResponseBody()))
                .contains("TANDA BUKTI PENYERAHAN", request.number(), "Rina Marlina");
        assertThat(Pdfs.savePages(pdf.getResponseBody(), "tanda-bukti-penyerahan-pdf")).isEqualTo(1);
    }

    @Test
    void the_letter_looks_like_an_official_letter_on_screen_and_on_paper() throws Exception {
        Registered request = registeredWithNotice(partlyGranted("pemberitahuan-v1"));
        byte[] pdf = download(officerSession, officerPath(request, "pemberitahuan.pdf")).getResponseBody();

        assertThat(Pdfs.savePages(pdf, "pemberitahuan-pdf")).isBetween(1, 3);
        try (Browser browser = Browser.open(1100, 1400)) {
            browser.driver().get("http://localhost:" + port + "/status/"
                    + TrackingCode.parse(request.trackingCode()).orElseThrow().value() + "/pemberitahuan");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("PEMBERITAHUAN TERTULIS");
            assertThat(browser.driver().findElement(By.className("toolbar-pdf")).isDisplayed()).isTrue();
            browser.screenshot("pemberitahuan-layar");
        }
    }

    @Test
    void a_referral_to_an_erased_requester_prints_without_their_name_and_names_the_body_that_holds_it() {
        NoticeDocument referral = new NoticeDocument("id-rujukan", "PPID/2026/999999",
                Instant.parse("2026-03-16T03:00:00Z"), null, null, null, "Sertifikat tanah warga Kelurahan Ciwaduk",
                new SentNotice(new WrittenNotice(false, "Kantor Pertanahan Kota Cilegon",
                        NoticeDecision.TIDAK_DIKUASAI_DIARAHKAN, List.of(), null, null, List.of(), null, null, null,
                        null, "pemberitahuan-v1"), Instant.parse("2026-03-20T08:00:00Z"), "petugas-terhapus",
                        LocalDate.of(2026, 3, 30), false),
                null);

        String html = documents.html(referral, DocumentKind.NOTICE, null).block();

        assertThat(html).contains("(data pribadi telah dihapus)", "16 Maret 2026", "20 Maret 2026",
                "Informasi yang Saudara minta tidak berada di bawah penguasaan PPID Kota Cilegon.",
                "Informasi tersebut dikuasai oleh Kantor Pertanahan Kota Cilegon.",
                "Tidak ada informasi yang diberikan.", "Tidak ada bagian informasi yang dihitamkan.",
                "Tidak ada informasi yang disampaikan.", "Tidak ada biaya.", "Atasan PPID", "petugas-terhapus")
                .doesNotContain("Unduh PDF", "Ringkasan uji konsekuensi");
    }

    /** A binary GET with the given session cookies (none for the citizen). */
    private EntityExchangeResult<byte[]> download(Map<String, String> session, String path) {
        WebTestClient.RequestHeadersSpec<?> request = new Http(port).client().get().uri(path);
        session.forEach(request::cookie);
        return request.exchange().expectBody(byte[].class).returnResult();
    }

    /** Logs the officer in on a client of its own, keeping the session cookie for binary downloads. */
    private Map<String, String> logInForDownloads() {
        WebTestClient client = new Http(port).client();
        Map<String, String> cookies = new LinkedHashMap<>();
        EntityExchangeResult<String> form = client.get().uri("/masuk").accept(MediaType.TEXT_HTML).exchange()
                .expectBody(String.class).returnResult();
        remember(form, cookies);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("username", OFFICER);
        fields.add("password", PASSWORD);
        fields.add("_csrf", Http.csrfToken(form.getResponseBody()));
        WebTestClient.RequestHeadersSpec<?> login = client.post().uri("/masuk")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(fields));
        cookies.forEach(login::cookie);
        remember(login.exchange().expectBody(String.class).returnResult(), cookies);
        return cookies;
    }

    private static void remember(EntityExchangeResult<?> result, Map<String, String> cookies) {
        result.getResponseCookies().forEach((name, values) -> {
            ResponseCookie cookie = values.get(values.size() - 1);
            cookies.put(name, cookie.getValue());
        });
    }
}
