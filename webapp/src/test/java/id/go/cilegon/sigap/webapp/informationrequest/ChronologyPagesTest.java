package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.AnswerObjection;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pdfs;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The kronologi penanganan over real HTTP: what it states, as a page and a PDF, and who may print it. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronologyPagesTest {

    private static final String PASSWORD = "rahasia-kronologi-1";
    private static final OfficerId PETUGAS = OfficerId.of("kronologi-petugas");
    private static final OfficerId ATASAN = OfficerId.of("kronologi-atasan");

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    AccessLog accessLog;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    Clock clock;

    private CitizenCases cases;

    @BeforeEach
    void accounts() {
        accounts.save(PETUGAS.value(), "Siti Rahmawati, S.Sos.", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save(ATASAN.value(), "Drs. Agus Salim", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        accounts.save("kronologi-pelaksana", "Pelaksana lain", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DLH"));
        accounts.save("kronologi-admin", "Admin uji", PASSWORD, List.of(OfficerRole.ADMIN));
        cases = new CitizenCases(new Http(port).client(), commands, queries);
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private static String path(Case request, String document) {
        return "/petugas/permohonan/" + request.requestId().value() + "/" + document;
    }

    /** Refused, objected to, answered by the Atasan, and brought to the Komisi Informasi: every clock has run. */
    private Case disputed() {
        Case request = cases.registered();
        commands.sendAndWait(new SendWrittenNotice(request.requestId(), CitizenCases.refusal(), PETUGAS));
        commands.sendAndWait(new FileObjection(request.requestId(), ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Daftar penerima beasiswa bukan rahasia pribadi.", null, Channel.WEB, null));
        commands.sendAndWait(new AnswerObjection(request.requestId(), ObjectionOutcome.REJECTED,
                "Alamat dan penghasilan orang tua adalah rahasia pribadi.", ATASAN));
        commands.sendAndWait(new RecordDisputeFiled(request.requestId(), "Komisi Informasi Provinsi Banten",
                "021/REG-PSI/2026", LocalDate.ofInstant(clock.instant(), calendar.zone()), PETUGAS));
        return request;
    }

    @Test
    void a_disputed_request_prints_each_period_with_its_verdict_and_every_event_in_order() throws Exception {
        Case request = disputed();
        Http petugas = officer(PETUGAS.value());

        String page = await().atMost(Duration.ofSeconds(10)).until(
                () -> petugas.page(path(request, "kronologi")).getResponseBody(),
                body -> body != null && body.contains("021/REG-PSI/2026"));

        assertThat(page).contains("KRONOLOGI PENANGANAN PERMOHONAN INFORMASI PUBLIK", "Rina Marlina",
                "Ditolak: informasi dikecualikan", "keberatan ditolak", "Komisi Informasi Provinsi Banten")
                .contains("id=\"jangka-NOTICE\"", "id=\"jangka-OBJECTION_ANSWER\"", "id=\"jangka-DISPUTE\"")
                .contains("Tepat waktu: dikirim pada hari mulai dihitung.",
                        "Tepat waktu: ditanggapi pada hari mulai dihitung.",
                        "Sengketa diajukan pada hari mulai dihitung.")
                .contains("Siti Rahmawati, S.Sos.", "Drs. Agus Salim", "Pemohon (Situs web)")
                .contains("/kronologi.pdf", "Unduh PDF");
        assertThat(page.indexOf("Permohonan diterima dan dicatat")).isPositive()
                .isLessThan(page.indexOf("Pemberitahuan tertulis dikirim"));
        assertThat(page.indexOf("Pemberitahuan tertulis dikirim")).isLessThan(page.indexOf("diajukan (Pasal 35"));
        assertThat(page.indexOf("diajukan (Pasal 35")).isLessThan(page.indexOf("Atasan PPID menanggapi keberatan"));
        assertThat(page.indexOf("Atasan PPID menanggapi keberatan"))
                .isLessThan(page.indexOf("Sengketa informasi tercatat"));
        assertThat(page).contains("dari 5 peristiwa yang tercatat");
        assertThat(printsLogged(request)).isEqualTo(1);

        EntityExchangeResult<byte[]> pdf = petugas.download(path(request, "kronologi.pdf"));

        assertThat(pdf.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String number = page.substring(page.indexOf("PPID/2026/"), page.indexOf("PPID/2026/") + 16);
        assertThat(pdf.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"kronologi-" + number.replace('/', '-') + ".pdf\"");
        assertThat(Pdfs.textOf(pdf.getResponseBody()))
                .contains("KRONOLOGI PENANGANAN", number, "Rina Marlina", "Drs. Agus Salim")
                .doesNotContain("Unduh PDF");
        assertThat(Pdfs.savePages(pdf.getResponseBody(), "kronologi-pdf")).isBetween(1, 3);
        assertThat(printsLogged(request)).isEqualTo(2);
    }

    @Test
    void a_request_still_waiting_counts_the_hari_kerja_left_and_links_from_the_case_page() {
        Case request = cases.registered();
        Http petugas = officer(PETUGAS.value());

        String page = petugas.page(path(request, "kronologi")).getResponseBody();

        int left = calendar.workingDaysUntil(LocalDate.ofInstant(clock.instant(), calendar.zone()),
                calendar.workingDaysAfter(clock.instant(), 10).dueDate());
        assertThat(page).contains("Belum dikirim; sisa " + left + " hari kerja.")
                .doesNotContain("id=\"jangka-OBJECTION_ANSWER\"", "id=\"jangka-DISPUTE\"");
        assertThat(petugas.page("/petugas/permohonan/" + request.requestId().value()).getResponseBody())
                .contains("id=\"cetak-kronologi\"", path(request, "kronologi"));
    }

    @Test
    void only_officers_who_may_open_the_case_print_it_and_a_refused_print_is_not_logged() {
        Case request = cases.registered();

        assertThat(officer("kronologi-pelaksana").page(path(request, "kronologi")).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(officer("kronologi-pelaksana").download(path(request, "kronologi.pdf")).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(officer("kronologi-admin").page(path(request, "kronologi")).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        EntityExchangeResult<String> anonymous = new Http(port).page(path(request, "kronologi"));
        assertThat(anonymous.getStatus().is3xxRedirection()).isTrue();
        assertThat(String.valueOf(anonymous.getResponseHeaders().getLocation())).endsWith("/masuk");
        assertThat(officer(PETUGAS.value()).page("/petugas/permohonan/tidak-ada/kronologi").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(printsLogged(request)).isZero();
    }

    /** The prints of this case's chronology in the personal-data access log. */
    private long printsLogged(Case request) {
        AccessLog.Search prints = new AccessLog.Search(PETUGAS.value(), null, AccessLog.Action.CETAK_DOKUMEN,
                null, null);
        return accessLog.search(prints).block().stream()
                .filter(entry -> entry.caseId().equals(request.requestId().value()))
                .filter(entry -> "kronologi".equals(entry.reason()))
                .count();
    }
}
