package id.go.cilegon.sigap.webapp.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.mediaissue.api.ApproveMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.DraftMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaPublication;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.SubmitMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionAlert;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionSignal;
import id.go.cilegon.sigap.query.opinion.api.OpinionAlertView;
import id.go.cilegon.sigap.query.opinion.api.OpinionSignalView;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The opinion monitor over real HTTP: dashboard and its filters, corrections, an alert turned into a media issue. */
@SigapTest
class OpinionHttpTest {

    private static final String PASSWORD = "rahasia-opini-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OpinionAlertWatch watch;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @BeforeEach
    void accounts() {
        accounts.save("opini-media", "Media Opini", PASSWORD, List.of(OfficerRole.PETUGAS_MEDIA));
        accounts.save("opini-supervisor", "Supervisor Opini", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        accounts.save("opini-atasan", "Atasan Opini", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        accounts.save("opini-admin", "Admin Opini", PASSWORD, List.of(OfficerRole.ADMIN));
    }

    private Http as(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private String complain(String subject, String kecamatan) {
        ComplaintId id = ComplaintId.newId();
        commands.sendAndWait(new RegisterComplaint(id, Channel.WEB, Instant.now(), null, false, subject,
                subject + ". Mohon ditindaklanjuti.", ComplaintCategory.INFRASTRUKTUR,
                new Location(kecamatan, null, null, null), List.of(), TrackingCode.generate().hash(), null));
        return id.value();
    }

    private OpinionSignalView signal(String caseId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindOpinionSignal(caseId),
                ResponseTypes.optionalInstanceOf(OpinionSignalView.class)).join(), Optional::isPresent).orElseThrow();
    }

    @Test
    void the_dashboard_shows_opinion_by_topic_and_place_and_refuses_unknown_filters() {
        String complaint = complain("Sampah menumpuk di pinggir jalan, bau sekali", "Cibeber");
        signal(complaint);
        Http supervisor = as("opini-supervisor");

        String page = supervisor.page("/petugas/opini?hari=7&kecamatan=Cibeber").getResponseBody();
        assertThat(page).contains("Pemantau opini publik", "id=\"garis-NEGATIF\"", "id=\"kecamatan-Cibeber\"",
                "id=\"topik-SAMPAH\"", "data-panel=\"/petugas/opini/panel?hari=7&amp;kecamatan=Cibeber\"",
                "/js/opini.js");
        assertThat(supervisor.page("/petugas/opini/panel?hari=7&kecamatan=Cibeber").getResponseBody())
                .contains("id=\"panel\"", "id=\"topik-SAMPAH\"").doesNotContain("<html");
        assertThat(supervisor.getJson("/petugas/opini.json?hari=7&kecamatan=Cibeber&topik=SAMPAH")
                .getResponseBody()).contains("\"days\":7", "\"negative\":");
        assertThat(as("opini-atasan").page("/petugas/opini").getStatus().value()).isEqualTo(200);

        for (String bad : List.of("hari=5", "topik=%3Cscript%3E", "kecamatan=Jakarta", "kanal=FAX", "jenis=SEMUA")) {
            assertThat(supervisor.page("/petugas/opini?" + bad).getStatus().value()).as(bad).isEqualTo(400);
        }
        assertThat(supervisor.page("/petugas/opini/sinyal?dari=kemarin").getStatus().value()).isEqualTo(400);
        assertThat(supervisor.page("/petugas/opini/sinyal?dari=2020-01-01&sampai=2026-11-01").getStatus().value())
                .as("more than a year").isEqualTo(400);
    }

    @Test
    void the_dashboard_counts_a_new_text_although_it_was_read_before() {
        Http supervisor = as("opini-supervisor");
        long before = textsThisWeek(supervisor, "Grogol");
        assertThat(textsThisWeek(supervisor, "Grogol")).as("read again, nothing new").isEqualTo(before);

        signal(complain("Lampu jalan di depan pasar mati sejak seminggu", "Grogol"));

        await().atMost(Duration.ofSeconds(10)).until(() -> textsThisWeek(supervisor, "Grogol") == before + 1);
    }

    private static long textsThisWeek(Http http, String kecamatan) {
        return ((Number) JsonPath.read(http.getJson("/petugas/opini.json?hari=7&kecamatan=" + kecamatan)
                .getResponseBody(), "$.now.total")).longValue();
    }

    @Test
    void an_officers_correction_wins_and_bad_corrections_change_nothing() {
        String complaint = complain("Terima kasih, jalan di depan sekolah sudah mulus", "Jombang");
        OpinionSignalView machine = signal(complaint);
        assertThat(machine.sentiment()).isEqualTo(Sentiment.POSITIF);
        Http media = as("opini-media");
        String list = "/petugas/opini/sinyal?dari=" + machine.day() + "&sampai=" + machine.day();
        assertThat(media.page(list).getResponseBody()).contains("s-" + complaint, "Simpan koreksi");

        assertThat(media.submit(list, "/petugas/opini/sinyal/" + complaint + "/koreksi",
                correction("JALAN_RAYA", "NEGATIF", list)).getStatus().value()).isEqualTo(400);
        assertThat(media.submit(list, "/petugas/opini/sinyal/" + complaint + "/koreksi",
                correction("JALAN", "MARAH", list)).getResponseBody()).contains("id=\"sentimen-" + complaint);
        assertThat(media.submit(list, "/petugas/opini/sinyal/" + complaint + "/koreksi",
                correction("JALAN", "NEGATIF", "https://jahat.example/")).getStatus().value()).isEqualTo(400);
        assertThat(media.submit(list, "/petugas/opini/sinyal/tidak-ada/koreksi", correction("JALAN", "NEGATIF", list))
                .getStatus().value()).isEqualTo(404);
        assertThat(signal(complaint).officer()).as("nothing changed").isNull();

        var done = media.submit(list, "/petugas/opini/sinyal/" + complaint + "/koreksi",
                correction("JALAN", "NEGATIF", list));
        assertThat(done.getStatus().value()).isEqualTo(303);
        assertThat(done.getResponseHeaders().getLocation()).hasToString(list + "&berhasil=koreksi#s-" + complaint);
        OpinionSignalView corrected = await().atMost(Duration.ofSeconds(10))
                .until(() -> signal(complaint), found -> found.officer() != null);
        assertThat(corrected.sentiment()).isEqualTo(Sentiment.NEGATIF);
        assertThat(corrected.machine().sentiment()).isEqualTo(Sentiment.POSITIF);
        assertThat(corrected.officer().by()).isEqualTo("opini-media");

        assertThat(media.submit(list, "/petugas/opini/sinyal/" + complaint + "/koreksi",
                        correction("JALAN", "NEGATIF", list)).getResponseHeaders().getLocation())
                .as("the same correction again changes nothing").hasToString(list + "&berhasil=tetap#s-" + complaint);
        assertThat(as("opini-atasan").submit("/petugas/notifikasi", "/petugas/opini/sinyal/" + complaint + "/koreksi",
                correction("JALAN", "NETRAL", list)).getStatus().value()).isEqualTo(403);
    }

    private static MultiValueMap<String, String> correction(String topic, String sentiment, String back) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("topik", topic);
        form.add("sentimen", sentiment);
        form.add("alasan", "sindiran");
        form.add("kembali", back);
        return form;
    }

    @Test
    void a_spike_alerts_the_supervisors_and_becomes_a_media_issue_carried_to_a_published_response() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        for (int i = 0; i < 5; i++) {
            signal(complain("Lampu PJU mati, jalan gelap gulita (" + i + ")", "Pulomerak"));
        }
        OpinionAlertId id = OpinionAlertId.of(today, AlertDimension.KECAMATAN, "Pulomerak");
        OpinionAlertView found = queries.query(new FindOpinionAlert(id.value()),
                ResponseTypes.optionalInstanceOf(OpinionAlertView.class)).join().orElseThrow();
        assertThat(found.negative()).isGreaterThanOrEqualTo(5);

        assertThat(watch.raiseFoundSpikes()).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindOpinionAlert(id.value()),
                ResponseTypes.optionalInstanceOf(OpinionAlertView.class)).join().orElseThrow().raised());
        Http supervisor = as("opini-supervisor");
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.page("/petugas/notifikasi").getResponseBody()
                .contains("/petugas/opini/peringatan/" + id.value()));
        String alertPage = supervisor.page("/petugas/opini/peringatan/" + id.value()).getResponseBody();
        assertThat(alertPage).contains("Lonjakan opini negatif: Pulomerak", "Lampu PJU mati", "jadikan-isu");
        assertThat(as("opini-atasan").page("/petugas/opini/peringatan/" + id.value()).getResponseBody())
                .as("the Atasan reads but does not act").doesNotContain("id=\"jadikan-isu\"");

        var opened = supervisor.submit("/petugas/opini/peringatan/" + id.value(),
                "/petugas/opini/peringatan/" + id.value() + "/jadikan-isu", new LinkedMultiValueMap<>());
        assertThat(opened.getStatus().value()).isEqualTo(303);
        String issueId = opened.getResponseHeaders().getLocation().getPath().replace("/petugas/isu/", "");
        MediaIssueFile issue = queries.query(new FindMediaIssue(issueId),
                ResponseTypes.optionalInstanceOf(MediaIssueFile.class)).join().orElseThrow();
        assertThat(issue.origin()).isEqualTo(IssueOrigin.PEMANTAU_OPINI);
        assertThat(issue.source().title()).contains("Pulomerak");
        assertThat(issue.source().excerpt()).contains("Lampu PJU mati");
        assertThat(supervisor.submit("/petugas/opini/peringatan/" + id.value(),
                        "/petugas/opini/peringatan/" + id.value() + "/jadikan-isu", new LinkedMultiValueMap<>())
                .getResponseHeaders().getLocation().getPath()).as("one alert, one issue")
                .isEqualTo("/petugas/isu/" + issueId);
        await().atMost(Duration.ofSeconds(10)).until(() -> issueId.equals(queries.query(new FindOpinionAlert(
                id.value()), ResponseTypes.optionalInstanceOf(OpinionAlertView.class)).join().orElseThrow()
                .mediaIssueId()));
        assertThat(as("opini-media").page("/petugas/isu/" + issueId).getResponseBody())
                .contains("Peringatan pemantau opini");

        MediaIssueId media = MediaIssueId.of(issueId);
        OfficerId officer = OfficerId.of("opini-media");
        commands.sendAndWait(new TriageMediaIssue(media, "Penerangan jalan umum", Sentiment.NEGATIF,
                IssueUrgency.TINGGI, null, List.of(), officer));
        commands.sendAndWait(new DraftMediaResponse(media, ResponseKind.KLARIFIKASI, "Perbaikan PJU Pulomerak",
                "Tim PJU memperbaiki 40 titik lampu di Pulomerak malam ini.", officer));
        commands.sendAndWait(new SubmitMediaResponse(media, officer));
        commands.sendAndWait(new ApproveMediaResponse(media, null, OfficerId.of("opini-supervisor")));
        commands.sendAndWait(new RecordMediaPublication(media, "Instagram @pemkotcilegon", clock.instant(), null,
                officer));
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindMediaIssue(issueId),
                        ResponseTypes.optionalInstanceOf(MediaIssueFile.class)).join().orElseThrow().status()
                == MediaIssueStatus.DIPANTAU);
    }

    @Test
    void an_admin_keeps_the_taxonomy_and_tries_a_sentence() {
        Http admin = as("opini-admin");
        MultiValueMap<String, String> topic = new LinkedMultiValueMap<>();
        topic.add("kode", "PASAR");
        topic.add("nama", "Pasar tradisional");
        topic.add("kataKunci", "pasar, pedagang, los, retribusi pasar");
        topic.add("aktif", "true");
        assertThat(admin.submit("/admin/topik", "/admin/topik", topic).getStatus().value()).isEqualTo(303);
        assertThat(admin.page("/admin/topik").getResponseBody()).contains("id=\"topik-PASAR\"", "retribusi pasar");
        assertThat(admin.page("/admin/topik?coba=pasar+kranggot+becek+dan+kotor+banget").getResponseBody())
                .contains("id=\"hasil-coba\"", "PASAR", "Negatif");

        MultiValueMap<String, String> bad = new LinkedMultiValueMap<>();
        bad.add("kode", "pasar baru");
        bad.add("nama", "");
        bad.add("kataKunci", "<script>");
        String refused = admin.submit("/admin/topik", "/admin/topik", bad).getResponseBody();
        assertThat(refused).contains("field invalid").doesNotContain("<script>");
        assertThat(admin.page("/admin/topik").getResponseBody()).doesNotContain("pasar baru");
        assertThat(as("opini-supervisor").page("/admin/topik").getStatus().value()).isEqualTo(403);
    }
}
