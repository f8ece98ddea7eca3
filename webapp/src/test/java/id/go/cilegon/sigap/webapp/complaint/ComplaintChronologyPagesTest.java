package id.go.cilegon.sigap.webapp.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.AcceptDisposition;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.RecordProgress;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pdfs;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A complaint's kronologi over real HTTP: its periods and events, whom it names, and who may print it. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintChronologyPagesTest {

    private static final String PASSWORD = "rahasia-kronologi-aduan-1";
    private static final OfficerId DESK = OfficerId.of("kronologi-aduan-petugas");
    private static final OfficerId UNIT_OFFICER = OfficerId.of("kronologi-aduan-dputr");
    private static final UnitId DPUTR = new UnitId("DPUTR");
    private static final Pattern STATUS_PATH =
            Pattern.compile("\"halamanStatus\":\"/pengaduan/status/([A-Z0-9]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    AccessLog accessLog;

    private Http desk;

    @BeforeEach
    void accounts() {
        units.save(new Units.Unit("DPUTR", "Dinas Pekerjaan Umum dan Tata Ruang", true));
        accounts.save(DESK.value(), "Nur Aini, S.Kom.", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save(UNIT_OFFICER.value(), "Bambang DPUTR", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA), DPUTR);
        accounts.save("kronologi-aduan-dlh", "Petugas DLH", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DLH"));
        desk = officer(DESK.value());
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    /** Files a complaint through the public API; answers its id once the read model has it. */
    private String filed(MultipartBodyBuilder form) {
        String receipt = new Http(port).postMultipart("/api/v1/pengaduan", form, MediaType.APPLICATION_JSON)
                .getResponseBody();
        Matcher status = STATUS_PATH.matcher(receipt);
        assertThat(status.find()).as(receipt).isTrue();
        String hash = TrackingCode.parse(status.group(1)).orElseThrow().hash();
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> queries.query(new FindComplaintByTrackingCode(hash),
                        ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join(), found -> found.isPresent())
                .orElseThrow().complaintId();
    }

    private static String page(String complaintId) {
        return "/petugas/pengaduan/" + complaintId;
    }

    @Test
    void an_answered_complaint_prints_each_period_and_every_event_with_who_acted() throws Exception {
        String id = filed(ComplaintHttpTest.form("Lampu jalan padam di Ciwaduk", "Cilegon", "Ciwaduk"));
        ComplaintId complaint = ComplaintId.of(id);
        commands.sendAndWait(new VerifyComplaint(complaint, null, DESK));
        commands.sendAndWait(new DisposeComplaint(complaint, List.of(DPUTR), "Mohon diperiksa", DESK));
        commands.sendAndWait(new AcceptDisposition(complaint, DPUTR, UNIT_OFFICER));
        commands.sendAndWait(new RecordProgress(complaint, DPUTR, "Tim ke lokasi besok pagi", UNIT_OFFICER));
        commands.sendAndWait(new AnswerComplaint(complaint, DPUTR, "Lampu diganti 3 Desember.", UNIT_OFFICER));

        String printed = await().atMost(Duration.ofSeconds(10)).until(
                () -> desk.page(page(id) + "/kronologi").getResponseBody(),
                body -> body != null && body.contains("Lampu diganti 3 Desember."));

        assertThat(printed).contains("KRONOLOGI PENANGANAN PENGADUAN MASYARAKAT", "Ahmad Fauzi Uji",
                "Lampu jalan padam di Ciwaduk", "Ciwaduk, Cilegon", "Dinas Pekerjaan Umum dan Tata Ruang")
                .contains("id=\"jangka-VERIFICATION\"", "id=\"jangka-FOLLOW_UP\"", "id=\"jangka-FEEDBACK\"")
                .contains("Tepat waktu: diputuskan pada hari mulai dihitung.",
                        "Tindak lanjut pertama oleh Dinas Pekerjaan Umum dan Tata Ruang",
                        "Tepat waktu: ditindaklanjuti pada hari mulai dihitung.", "Menunggu penilaian pengadu")
                .contains("Nur Aini, S.Kom.", "Bambang DPUTR", "Pengadu (Situs web)")
                .doesNotContain("??");
        assertThat(printed.indexOf("Tim ke lokasi besok pagi")).isPositive()
                .isLessThan(printed.indexOf("Lampu diganti 3 Desember."));
        assertThat(prints(id)).isEqualTo(1);

        EntityExchangeResult<byte[]> pdf = desk.download(page(id) + "/kronologi.pdf");
        assertThat(pdf.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Pdfs.textOf(pdf.getResponseBody())).contains("KRONOLOGI PENANGANAN PENGADUAN", "Bambang DPUTR");
        assertThat(Pdfs.savePages(pdf.getResponseBody(), "kronologi-pengaduan-pdf")).isBetween(1, 3);
        assertThat(desk.page(page(id)).getResponseBody()).contains("id=\"cetak-kronologi\"", page(id) + "/kronologi");
    }

    @Test
    void a_confidential_complainant_is_not_named_and_an_anonymous_print_logs_nothing() {
        MultipartBodyBuilder confidential = ComplaintHttpTest.form("Pungutan liar di kelurahan", "Cilegon",
                "Ciwaduk");
        confidential.part("rahasia", "true");
        String kept = filed(confidential);
        MultipartBodyBuilder anonymous = ComplaintHttpTest.form("Sampah menumpuk", "Jombang", "Jombang Wetan");
        anonymous.part("anonim", "true");
        String unnamed = filed(anonymous);

        assertThat(desk.page(page(kept) + "/kronologi").getResponseBody())
                .contains("Dirahasiakan atas permintaan pengadu").doesNotContain("Ahmad Fauzi Uji");
        assertThat(desk.page(page(unnamed) + "/kronologi").getResponseBody())
                .contains("Anonim (identitas tidak disimpan)", "Belum diverifikasi; sisa");
        assertThat(prints(unnamed)).isZero();
    }

    @Test
    void a_unit_the_complaint_was_not_given_to_gets_no_chronology() {
        String id = filed(ComplaintHttpTest.form("Drainase tersumbat", "Cilegon", "Ciwaduk"));

        assertThat(officer("kronologi-aduan-dlh").page(page(id) + "/kronologi").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(new Http(port).page(page(id) + "/kronologi").getStatus().is3xxRedirection()).isTrue();
        assertThat(prints(id)).isZero();
    }

    private long prints(String complaintId) {
        AccessLog.Search prints = new AccessLog.Search(DESK.value(), null, AccessLog.Action.CETAK_DOKUMEN, null,
                null);
        return accessLog.search(prints).block().stream().filter(entry -> complaintId.equals(entry.caseId()))
                .filter(entry -> "kronologi".equals(entry.reason())).count();
    }
}
