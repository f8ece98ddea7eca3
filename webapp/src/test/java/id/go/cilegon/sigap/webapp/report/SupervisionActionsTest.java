package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.handling.api.CaseHandler;
import id.go.cilegon.sigap.query.handling.api.FindCaseHandler;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Giving a case to an officer and escalating it to the Atasan PPID from the supervision page, over real HTTP: who
 * may do which, what a bad or refused form answers, and that nothing changes when it is refused.
 */
@SigapTest
class SupervisionActionsTest {

    private static final String PASSWORD = "rahasia-tugas-1";
    private static final String PAGE = "/petugas/pengawasan";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    private String requestId;
    private String complaintId;

    @BeforeEach
    void accountsAndCases() {
        accounts.save("tugas-supervisor", "Supervisor Tugas", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        accounts.save("tugas-petugas", "Petugas Tugas", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("tugas-dewi", "Dewi Tugas", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("tugas-atasan", "Atasan Tugas", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        accounts.save("tugas-pelaksana", "Pelaksana Tugas", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("SETDA"));
        InformationRequestId request = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(request, Channel.WEB, Instant.now(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Tugas Uji", Requester.IdentityKind.NIK,
                        "3672010101900098", "Jl. Uji 4", "081200003333", null, "Guru")),
                "Rekap izin reklame 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.generate().hash()));
        requestId = request.value();
        ComplaintId complaint = ComplaintId.newId();
        commands.sendAndWait(new RegisterComplaint(complaint, Channel.WEB, Instant.now(), null, false,
                "Drainase tersumbat", "Air meluap ke jalan", ComplaintCategory.INFRASTRUKTUR,
                new Location("Jombang", "Masigit", null, null), List.of(), TrackingCode.generate().hash(), null));
        complaintId = complaint.value();
    }

    private static MultiValueMap<String, String> form(String... keysAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private Http as(String username) {
        Http officer = new Http(port);
        officer.logIn(username, PASSWORD);
        return officer;
    }

    private Optional<CaseHandler> handlerOf(String caseId) {
        return queries.query(new FindCaseHandler(caseId), ResponseTypes.optionalInstanceOf(CaseHandler.class))
                .join();
    }

    private static EntityExchangeResult<String> assign(Http officer, String type, String caseId, String handler) {
        return officer.submit(PAGE, PAGE + "/tugaskan", form("jenis", type, "kasus", caseId, "petugas", handler,
                "catatan", "Mohon diprioritaskan"));
    }

    private static EntityExchangeResult<String> escalate(Http officer, String type, String caseId, String reason) {
        return officer.submit(PAGE, PAGE + "/eskalasi", form("jenis", type, "kasus", caseId, "alasan", reason));
    }

    @Test
    void a_media_issue_runs_its_clock_on_the_page_and_goes_to_a_media_officer_but_never_to_the_atasan() {
        accounts.save("tugas-media", "Media Tugas", PASSWORD, List.of(OfficerRole.PETUGAS_MEDIA));
        MediaIssueId issue = MediaIssueId.newId();
        commands.sendAndWait(new LogMediaIssue(issue, new MediaSource(MediaKind.CETAK, "Kabar Banten", null,
                "Pasar kota kumuh", null, Instant.now(), null), IssueOrigin.PETUGAS, null, OfficerId.of("tugas-media"),
                Instant.now()));
        Http supervisor = as("tugas-supervisor");
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.listing(PAGE + "?jenis=ISU_MEDIA")
                .contains("kasus-ISU_MEDIA-" + issue.value()));
        assertThat(supervisor.listing(PAGE + "?jenis=ISU_MEDIA")).contains("Triase isu media")
                .doesNotContain("kasus-PERMOHONAN-" + requestId);

        assertThat(assign(supervisor, "ISU_MEDIA", issue.value(), "tugas-dewi").getStatus().value())
                .as("a PPID officer is not a media handler").isEqualTo(400);
        assertThat(escalate(as("tugas-petugas"), "ISU_MEDIA", issue.value(), "Tolong").getStatus().value())
                .isEqualTo(400);
        EntityExchangeResult<String> done = assign(supervisor, "ISU_MEDIA", issue.value(), "tugas-media");
        assertThat(done.getStatus().value()).isEqualTo(303);
        assertThat(handlerOf(issue.value())).get().extracting(CaseHandler::handler).isEqualTo("tugas-media");
        assertThat(as("tugas-media").page("/petugas/notifikasi").getResponseBody())
                .contains("Kasus ditugaskan kepada Anda");
    }

    @Test
    void a_supervisor_assigns_a_request_the_officer_is_notified_and_the_timeline_says_so() {
        Http supervisor = as("tugas-supervisor");

        EntityExchangeResult<String> done = assign(supervisor, "PERMOHONAN", requestId, "tugas-dewi");

        assertThat(done.getStatus().value()).isEqualTo(303);
        assertThat(String.valueOf(done.getResponseHeaders().getLocation())).endsWith("?berhasil=tugaskan");
        assertThat(handlerOf(requestId)).get().extracting(CaseHandler::handler).isEqualTo("tugas-dewi");
        String page = supervisor.listing(PAGE + "?petugas=tugas-dewi");
        assertThat(page).contains("Dewi Tugas", "kasus-PERMOHONAN-" + requestId)
                .doesNotContain("kasus-PENGADUAN-" + complaintId);

        Http dewi = as("tugas-dewi");
        assertThat(dewi.page("/petugas/notifikasi").getResponseBody()).contains("Kasus ditugaskan kepada Anda");
        assertThat(as("tugas-petugas").page("/petugas/notifikasi").getResponseBody())
                .doesNotContain("Kasus ditugaskan kepada Anda");
        assertThat(dewi.page("/petugas/permohonan/" + requestId).getResponseBody())
                .contains("Ditugaskan kepada tugas-dewi.", "Mohon diprioritaskan");
    }

    @Test
    void the_ppid_escalates_a_complaint_once_and_the_atasan_hands_it_back() {
        Http petugas = as("tugas-petugas");

        assertThat(escalate(petugas, "PENGADUAN", complaintId, "Unit belum ditentukan").getStatus().value())
                .isEqualTo(303);
        assertThat(handlerOf(complaintId)).get().extracting(CaseHandler::escalated).isEqualTo(true);
        Http atasan = as("tugas-atasan");
        assertThat(atasan.page("/petugas/notifikasi").getResponseBody())
                .contains("Kasus dieskalasi kepada Atasan PPID");
        assertThat(atasan.listing(PAGE)).contains("menunggu Atasan PPID");

        EntityExchangeResult<String> again = escalate(petugas, "PENGADUAN", complaintId, "Lagi");
        assertThat(again.getStatus().value()).isEqualTo(409);
        assertThat(again.getResponseBody()).contains("sudah dieskalasi dan menunggu Atasan PPID");

        assertThat(assign(atasan, "PENGADUAN", complaintId, "tugas-petugas").getStatus().value()).isEqualTo(303);
        assertThat(handlerOf(complaintId)).get().satisfies(handler -> {
            assertThat(handler.escalated()).isFalse();
            assertThat(handler.handler()).isEqualTo("tugas-petugas");
        });
        EntityExchangeResult<String> same = assign(atasan, "PENGADUAN", complaintId, "tugas-petugas");
        assertThat(same.getStatus().value()).isEqualTo(409);
        assertThat(same.getResponseBody()).contains("Petugas tersebut sudah menangani kasus ini.");
    }

    @Test
    void each_action_belongs_to_its_roles() {
        assertThat(assign(as("tugas-petugas"), "PERMOHONAN", requestId, "tugas-dewi").getStatus().value())
                .as("the PPID's staff escalate but do not assign").isEqualTo(403);
        assertThat(escalate(as("tugas-atasan"), "PERMOHONAN", requestId, "Sendiri").getStatus().value())
                .as("the Atasan does not escalate to themselves").isEqualTo(403);
        Http unit = as("tugas-pelaksana");
        assertThat(unit.submit("/petugas/permohonan", PAGE + "/eskalasi", form("jenis", "PERMOHONAN", "kasus",
                requestId, "alasan", "Bukan wewenang")).getStatus().value())
                .as("a unit's officer may not even watch the clocks").isEqualTo(403);
        assertThat(handlerOf(requestId)).isEmpty();
    }

    @Test
    void bad_forms_name_the_problem_and_change_nothing() {
        Http supervisor = as("tugas-supervisor");

        EntityExchangeResult<String> unknownType = assign(supervisor, "KEBERATAN", requestId, "tugas-dewi");
        EntityExchangeResult<String> unknownOfficer = assign(supervisor, "PERMOHONAN", requestId, "tugas-pelaksana");
        EntityExchangeResult<String> unknownCase = assign(supervisor, "PERMOHONAN", "tidak-ada", "tugas-dewi");
        EntityExchangeResult<String> hostileCase = assign(supervisor, "PENGADUAN", "<script>", "tugas-dewi");
        EntityExchangeResult<String> noReason = escalate(supervisor, "PERMOHONAN", requestId, " ");
        EntityExchangeResult<String> badFilter = supervisor.page(PAGE + "?tingkat=SEMUA");

        assertThat(unknownType.getStatus().value()).isEqualTo(400);
        assertThat(unknownOfficer.getStatus().value()).isEqualTo(400);
        assertThat(unknownOfficer.getResponseBody()).contains("Pilih petugas PPID atau Atasan PPID yang terdaftar.");
        assertThat(unknownCase.getStatus().value()).isEqualTo(404);
        assertThat(unknownCase.getResponseBody()).contains("Kasus tidak ditemukan");
        assertThat(hostileCase.getStatus().value()).isEqualTo(400);
        assertThat(hostileCase.getResponseBody()).doesNotContain("<script>");
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(badFilter.getStatus().value()).isEqualTo(400);
        assertThat(handlerOf(requestId)).isEmpty();
        assertThat(handlerOf(complaintId)).isEmpty();
    }
}
