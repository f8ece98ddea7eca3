package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach which endpoint, as one table: every endpoint of the application (role × endpoint), tried by every
 * kind of visitor against real cases over real HTTP, with a PPID Pelaksana whose unit has the case and one whose
 * unit has not (case owned or not). A new endpoint without a line here fails {@link #every_endpoint_has_a_line()};
 * a line that no longer matches an endpoint fails it too.
 *
 * <p>"Reached" means the request got past authorisation: any answer but a redirect to the login page, a 401, a 403
 * or, for a case the officer's unit was not given, a 404. An empty form reached is a 400 or a 409, and changes
 * nothing; no answer may be a 5xx.
 */
@SigapTest
class AuthorizationMatrixTest {

    private static final String PASSWORD = "rahasia-matriks-1";
    /** An officer no visitor of the matrix is: the one whose sessions the admin's line ends. */
    private static final String BYSTANDER = "matriks-penonton";

    /** The visitors: a citizen without an account, and one officer per role; two PPID Pelaksana. */
    enum Actor {
        CITIZEN(null),
        PETUGAS(OfficerRole.PETUGAS_PPID),
        PELAKSANA_OWNING(OfficerRole.PPID_PELAKSANA),
        PELAKSANA_OTHER(OfficerRole.PPID_PELAKSANA),
        ATASAN(OfficerRole.ATASAN_PPID),
        SUPERVISOR(OfficerRole.SUPERVISOR),
        MEDIA(OfficerRole.PETUGAS_MEDIA),
        ADMIN(OfficerRole.ADMIN);

        final OfficerRole role;

        Actor(OfficerRole role) {
            this.role = role;
        }

        String username() {
            return "matriks-" + name().toLowerCase().replace('_', '-');
        }
    }

    private static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
    private static final Set<Actor> OFFICERS = EnumSet.complementOf(EnumSet.of(Actor.CITIZEN, Actor.ADMIN));
    /** Officers who work on requests and complaints: all but the media officer. */
    private static final Set<Actor> CASE_OFFICERS =
            EnumSet.complementOf(EnumSet.of(Actor.CITIZEN, Actor.ADMIN, Actor.MEDIA));
    /** Those who read a media issue: its officers, supervisors, the Atasan, and the unit it concerns. */
    private static final Set<Actor> MEDIA_READERS =
            EnumSet.of(Actor.MEDIA, Actor.SUPERVISOR, Actor.ATASAN, Actor.PELAKSANA_OWNING);
    /** Case work on requests and complaints at the PPID (Utama): its staff. */
    private static final Set<Actor> PPID = EnumSet.of(Actor.PETUGAS);
    /** Those who read a case: the PPID's staff, the Atasan, supervisors, and the unit that has it. */
    private static final Set<Actor> CASE_READERS =
            EnumSet.of(Actor.PETUGAS, Actor.PELAKSANA_OWNING, Actor.ATASAN, Actor.SUPERVISOR);
    private static final Set<Actor> WATCHERS = EnumSet.of(Actor.PETUGAS, Actor.ATASAN, Actor.SUPERVISOR);
    private static final Set<Actor> REPORT_READERS = EnumSet.of(Actor.PETUGAS, Actor.ATASAN, Actor.SUPERVISOR);

    /**
     * Lines whose resource the test's cases do not have (a notice not yet sent, an attachment): there a 404 is the
     * missing resource, so only the role is checked, not the case's owner.
     */
    private static final Set<String> ABSENT = Set.of("GET /status/{kode}/pemberitahuan",
            "GET /status/{kode}/dokumen/{documentId}", "GET /petugas/permohonan/{id}/dokumen/{documentId}",
            "GET /status/{kode}/pemberitahuan.pdf", "GET /pengaduan/status/{kode}/lampiran/{lampiran}",
            "GET /open311/v2/requests/{id}.{format}", "GET /petugas/permohonan/{requestId}/pemberitahuan",
            "GET /petugas/permohonan/{requestId}/pemberitahuan.pdf",
            "GET /petugas/permohonan/{requestId}/tanda-bukti-penyerahan",
            "GET /petugas/permohonan/{requestId}/tanda-bukti-penyerahan.pdf",
            "GET /petugas/pengaduan/{id}/lampiran/{lampiran}", "GET /petugas/whatsapp/{id}",
            "POST /petugas/whatsapp/{id}/balas", "POST /petugas/whatsapp/{id}/selesai",
            // No spike in the matrix's data; the complaint's text may not be projected yet when it is corrected.
            "GET /petugas/opini/peringatan/{id}", "POST /petugas/opini/peringatan/{id}/jadikan-isu",
            "POST /petugas/opini/sinyal/{caseId}/koreksi",
            // No export is recorded in the matrix's data.
            "GET /admin/data-pribadi/ekspor/{id}");
    /** An alert that does not exist. */
    private static final String NO_ALERT = "00000000-0000-4000-8000-000000000000";

    /** The table: "METHOD pattern" → who reaches it. */
    private static final Map<String, Set<Actor>> MATRIX = new LinkedHashMap<>();

    static {
        // Citizens' pages, the public registers and statistics, the citizens' API, Open311, the API description.
        for (String open : List.of("GET /", "GET /masuk", "GET /permohonan", "POST /permohonan", "GET /status",
                "GET /status/{kode}", "POST /status/{kode}/kelengkapan", "POST /status/{kode}/keberatan",
                "POST /status/{kode}/batalkan", "GET /status/{kode}/pemberitahuan",
                "GET /status/{kode}/pemberitahuan.pdf", "GET /status/{kode}/dokumen/{documentId}", "GET /pengaduan",
                "POST /pengaduan", "GET /pengaduan/status",
                "GET /pengaduan/status/{kode}", "POST /pengaduan/status/{kode}/jawaban",
                "POST /pengaduan/status/{kode}/penilaian", "GET /pengaduan/status/{kode}/lampiran/{lampiran}",
                "GET /pengaduan/publik", "GET /register/permohonan", "GET /register/permohonan.csv",
                "GET /register/keberatan", "GET /register/keberatan.csv", "GET /statistik", "GET /statistik.csv",
                "GET /api/v1/statistik", "POST /api/v1/permohonan-informasi", "GET /api/v1/status-permohonan/{kode}",
                "POST /api/v1/status-permohonan/{kode}/kelengkapan",
                "POST /api/v1/status-permohonan/{kode}/keberatan", "POST /api/v1/pengaduan",
                "GET /api/v1/pengaduan-publik", "GET /api/v1/status-pengaduan/{kode}",
                "POST /api/v1/status-pengaduan/{kode}/jawaban", "POST /api/v1/status-pengaduan/{kode}/penilaian",
                "GET /open311/v2/discovery.{format}", "GET /open311/v2/services.{format}",
                "GET /open311/v2/services/{code}.{format}", "GET /open311/v2/requests.{format}",
                "GET /open311/v2/requests/{id}.{format}",
                "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /informasi-publik", "GET /informasi-publik.csv",
                "GET /informasi-publik/dikecualikan", "GET /informasi-publik/dikecualikan.csv",
                "GET /maklumat-pelayanan")) {
            MATRIX.put(open, EVERYONE);
        }
        // Open311 writes need a partner's api_key, which no visitor here has (Open311ApiTest posts with one).
        MATRIX.put("POST /open311/v2/requests.{format}", EnumSet.noneOf(Actor.class));
        // The WhatsApp webhook is Meta's: its handshake needs the verify token and a delivery the app secret's
        // signature, which no visitor here has (WhatsAppWebhookHttpTest signs).
        MATRIX.put("GET /api/v1/whatsapp/webhook", EnumSet.noneOf(Actor.class));
        MATRIX.put("POST /api/v1/whatsapp/webhook", EnumSet.noneOf(Actor.class));
        // Every officer: the queues (a unit's officer sees only their unit's), notifications.
        MATRIX.put("GET /petugas", EnumSet.complementOf(EnumSet.of(Actor.CITIZEN)));
        MATRIX.put("GET /petugas/permohonan", CASE_OFFICERS);
        MATRIX.put("GET /petugas/pengaduan", CASE_OFFICERS);
        for (String officer : List.of("GET /petugas/notifikasi", "POST /petugas/notifikasi/dibaca",
                "GET /api/v1/petugas/notifikasi/jumlah")) {
            MATRIX.put(officer, OFFICERS);
        }
        // Media issues: the list for every officer who may read one (a unit's officer sees its own), the issue for
        // its readers, and the work for the media officers; their actions are tried with "triase".
        MATRIX.put("GET /petugas/isu", EnumSet.of(Actor.MEDIA, Actor.SUPERVISOR, Actor.ATASAN, Actor.PELAKSANA_OWNING,
                Actor.PELAKSANA_OTHER));
        MATRIX.put("GET /petugas/isu/{id}", MEDIA_READERS);
        for (String media : List.of("GET /petugas/isu/baru", "POST /petugas/isu/baru", "POST /petugas/isu/impor",
                "POST /petugas/isu/{id}/{aksi}", "POST /petugas/isu/{id}/jadikan-permohonan")) {
            MATRIX.put(media, EnumSet.of(Actor.MEDIA));
        }
        // The PPID's lists: read by the PPID, the Atasan, supervisors and every unit's officer; kept by the PPID's
        // staff; exemptions decided and lifted by the PPID's staff and the Atasan PPID.
        for (String read : List.of("GET /petugas/informasi", "GET /petugas/informasi/{id}")) {
            MATRIX.put(read, EnumSet.of(Actor.PETUGAS, Actor.ATASAN, Actor.SUPERVISOR, Actor.PELAKSANA_OWNING,
                    Actor.PELAKSANA_OTHER));
        }
        for (String keep : List.of("GET /petugas/informasi/baru", "POST /petugas/informasi/baru",
                "POST /petugas/informasi/impor",
                "POST /petugas/informasi/{id}/ubah", "POST /petugas/informasi/{id}/tarik")) {
            MATRIX.put(keep, PPID);
        }
        for (String decide : List.of("POST /petugas/informasi/{id}/kecualikan", "POST /petugas/informasi/{id}/buka")) {
            MATRIX.put(decide, EnumSet.of(Actor.PETUGAS, Actor.ATASAN));
        }
        // A request's case page and documents: whoever reads cases, a unit only the case it was given.
        for (String read : List.of("GET /petugas/permohonan/{id}", "GET /api/v1/petugas/permohonan/{id}",
                "GET /petugas/permohonan/{requestId}/pemberitahuan",
                "GET /petugas/permohonan/{requestId}/pemberitahuan.pdf",
                "GET /petugas/permohonan/{requestId}/tanda-bukti-penyerahan",
                "GET /petugas/permohonan/{requestId}/tanda-bukti-penyerahan.pdf",
                "GET /petugas/permohonan/{id}/kronologi", "GET /petugas/permohonan/{id}/kronologi.pdf",
                "GET /petugas/permohonan/{id}/dokumen/{documentId}",
                "GET /petugas/pengaduan/{id}", "GET /api/v1/petugas/pengaduan/{id}",
                "GET /petugas/pengaduan/{id}/kronologi", "GET /petugas/pengaduan/{id}/kronologi.pdf",
                "GET /petugas/pengaduan/{id}/lampiran/{lampiran}",
                // Revealing a case's people in whole: whoever reads the case (a reason is asked, and recorded).
                "GET /petugas/permohonan/{id}/data-pribadi", "POST /petugas/permohonan/{id}/data-pribadi",
                "POST /api/v1/petugas/permohonan/{id}/data-pribadi", "GET /petugas/pengaduan/{id}/data-pribadi",
                "POST /petugas/pengaduan/{id}/data-pribadi", "POST /api/v1/petugas/pengaduan/{id}/data-pribadi")) {
            MATRIX.put(read, CASE_READERS);
        }
        // The PPID's own work: desk intake, receipts, and every decision on a request or complaint.
        for (String desk : List.of("GET /petugas/permohonan/baru", "POST /petugas/permohonan/baru",
                "POST /api/v1/petugas/permohonan-informasi", "GET /petugas/tanda-terima/{kode}",
                "GET /petugas/pengaduan/baru", "POST /petugas/pengaduan/baru",
                "GET /petugas/pengaduan/tanda-terima/{kode}")) {
            MATRIX.put(desk, PPID);
        }
        for (String action : List.of("minta-kelengkapan", "catat-kelengkapan", "teruskan", "perpanjang",
                "pemberitahuan", "penyerahan", "selesai", "pembatalan", "keberatan", "sengketa", "tahap-sengketa",
                "tarik-dokumen")) {
            MATRIX.put("POST /petugas/permohonan/{id}/" + action, PPID);
            MATRIX.put("POST /api/v1/petugas/permohonan/{id}/" + action, PPID);
        }
        // Giving a file is the case page's multipart form only.
        MATRIX.put("POST /petugas/permohonan/{id}/dokumen", PPID);
        MATRIX.put("POST /petugas/permohonan/{id}/tanggapan-unit", EnumSet.of(Actor.PELAKSANA_OWNING));
        MATRIX.put("POST /api/v1/petugas/permohonan/{id}/tanggapan-unit", EnumSet.of(Actor.PELAKSANA_OWNING));
        MATRIX.put("POST /petugas/permohonan/{id}/tanggapan-atasan", EnumSet.of(Actor.ATASAN));
        MATRIX.put("POST /api/v1/petugas/permohonan/{id}/tanggapan-atasan", EnumSet.of(Actor.ATASAN));
        // A complaint's actions are tried with "verifikasi", the desk's.
        MATRIX.put("POST /petugas/pengaduan/{id}/{aksi}", PPID);
        MATRIX.put("POST /api/v1/petugas/pengaduan/{id}/{aksi}", PPID);
        // The WhatsApp line's inbox of hand-overs is the PPID desk's.
        for (String whatsapp : List.of("GET /petugas/whatsapp", "GET /petugas/whatsapp/{id}",
                "POST /petugas/whatsapp/{id}/balas", "POST /petugas/whatsapp/{id}/selesai")) {
            MATRIX.put(whatsapp, PPID);
        }
        // Supervision, compliance, the yearly report and the full registers.
        MATRIX.put("GET /petugas/pengawasan", WATCHERS);
        MATRIX.put("POST /petugas/pengawasan/tugaskan", EnumSet.of(Actor.ATASAN, Actor.SUPERVISOR));
        MATRIX.put("POST /petugas/pengawasan/eskalasi", EnumSet.of(Actor.PETUGAS, Actor.SUPERVISOR));
        for (String report : List.of("GET /petugas/kepatuhan", "GET /petugas/kepatuhan.json", "GET /petugas/laporan",
                "GET /petugas/laporan.pdf", "GET /petugas/laporan.xlsx", "GET /petugas/laporan/kasus",
                "GET /petugas/register/permohonan", "GET /petugas/register/permohonan.csv",
                "GET /petugas/register/permohonan.xlsx", "GET /petugas/register/keberatan",
                "GET /petugas/register/keberatan.csv", "GET /petugas/register/keberatan.xlsx")) {
            MATRIX.put(report, REPORT_READERS);
        }
        // The opinion monitor: read by supervisors, media officers and the Atasan PPID; corrected and turned into
        // media issues by supervisors and media officers.
        for (String reading : List.of("GET /petugas/opini", "GET /petugas/opini/panel", "GET /petugas/opini.json",
                "GET /petugas/opini/sinyal", "GET /petugas/opini/peringatan", "GET /petugas/opini/peringatan/{id}")) {
            MATRIX.put(reading, EnumSet.of(Actor.MEDIA, Actor.SUPERVISOR, Actor.ATASAN));
        }
        for (String acting : List.of("POST /petugas/opini/sinyal/{caseId}/koreksi",
                "POST /petugas/opini/peringatan/{id}/jadikan-isu")) {
            MATRIX.put(acting, EnumSet.of(Actor.MEDIA, Actor.SUPERVISOR));
        }
        // Who read whose personal data: the supervisors' search.
        MATRIX.put("GET /petugas/akses-data", EnumSet.of(Actor.SUPERVISOR));
        // Administration: units, topics, officer accounts (tried on the matrix's own PPID officer), and data
        // subjects' requests (export, erasure).
        for (String admin : List.of("GET /admin/unit", "POST /admin/unit", "POST /admin/unit/{kode}/aktif",
                "GET /admin/topik", "POST /admin/topik", "GET /admin/petugas", "POST /admin/petugas",
                "GET /admin/petugas/{username}", "POST /admin/petugas/{username}",
                "POST /admin/petugas/{username}/kata-sandi", "POST /admin/petugas/{username}/aktif",
                "POST /admin/petugas/{username}/totp", "POST /admin/petugas/{username}/sesi",
                "GET /admin/data-pribadi", "POST /admin/data-pribadi",
                "POST /admin/data-pribadi/ekspor", "POST /admin/data-pribadi/hapus",
                "GET /admin/data-pribadi/ekspor/{id}")) {
            MATRIX.put(admin, EnumSet.of(Actor.ADMIN));
        }
        // Every officer keeps their own account, the administrator too.
        for (String own : List.of("GET /petugas/akun", "POST /petugas/akun/kata-sandi", "POST /petugas/akun/totp",
                "POST /petugas/akun/totp/konfirmasi", "POST /petugas/akun/totp/matikan",
                "POST /petugas/akun/sesi-lain")) {
            MATRIX.put(own, EnumSet.complementOf(EnumSet.of(Actor.CITIZEN)));
        }
        // A login's second step is for a login that waits for its TOTP code, which no visitor here has
        // (SecondFactorLoginTest logs in with one).
        MATRIX.put("GET /masuk/kode", EnumSet.noneOf(Actor.class));
        MATRIX.put("POST /masuk/kode", EnumSet.noneOf(Actor.class));
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    CommandGateway commands;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Test
    void every_endpoint_has_a_line() {
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                .forEach(pattern -> (info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : info.getMethodsCondition().getMethods())
                        .forEach(method -> endpoints.add(method.name() + " " + pattern.getPatternString()))));

        assertThat(endpoints).as("endpoints without a line in the matrix")
                .isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet()).as("lines without an endpoint").isSubsetOf(endpoints);
    }

    @Test
    void each_visitor_reaches_exactly_its_endpoints() {
        units.save(new Units.Unit("SETDA", "Sekretariat Daerah", true));
        units.save(new Units.Unit("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", true));
        units.save(new Units.Unit("MATRIKS", "Unit uji matriks", true));
        accounts.save(BYSTANDER, "Petugas yang tidak ikut", PASSWORD, List.of(OfficerRole.PETUGAS_PPID), null);
        Map<Actor, Http> visitors = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            Http visitor = new Http(port);
            if (actor.role != null) {
                accounts.save(actor.username(), actor.name(), PASSWORD, List.of(actor.role),
                        actor == Actor.PELAKSANA_OWNING ? new UnitId("SETDA")
                                : actor == Actor.PELAKSANA_OTHER ? new UnitId("DISDIKBUD") : null);
                visitor.logIn(actor.username(), PASSWORD);
            }
            visitors.put(actor, visitor);
        }
        Cases cases = cases();

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Actor>> line : MATRIX.entrySet()) {
            String[] methodAndPattern = line.getKey().split(" ", 2);
            String path = cases.fill(methodAndPattern[1]);
            for (Actor actor : Actor.values()) {
                EntityExchangeResult<?> answer = call(visitors.get(actor), actor,
                        HttpMethod.valueOf(methodAndPattern[0]), path);
                int status = answer.getStatus().value();
                boolean reached = reached(status, answer.getResponseHeaders().getLocation())
                        || ABSENT.contains(line.getKey()) && status == 404 && line.getValue().contains(actor);
                boolean expected = line.getValue().contains(actor);
                if (status >= 500 || reached != expected) {
                    wrong.add(line.getKey() + " as " + actor + ": " + status
                            + (expected ? " (should be reached)" : " (should be refused)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Not stopped by authorisation: neither the login page, nor 401, 403, or 404 for a case not given. */
    private static boolean reached(int status, URI location) {
        boolean toLogin = (status == 302 || status == 303) && location != null
                && location.getPath().equals("/masuk");
        return !toLogin && status != 401 && status != 403 && status != 404;
    }

    /** A GET, or a POST with an empty form (or an empty JSON object for the APIs) and the session's CSRF token. */
    private static EntityExchangeResult<?> call(Http visitor, Actor actor, HttpMethod method, String path) {
        if (method == HttpMethod.GET) {
            return visitor.download(path);
        }
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            return visitor.postJson(tokenPage(actor), path, Map.of());
        }
        return visitor.submit(tokenPage(actor), path, new LinkedMultiValueMap<>());
    }

    /** A page of the visitor's own with a form on it, for the session's CSRF token. */
    private static String tokenPage(Actor actor) {
        return switch (actor) {
            case CITIZEN -> "/permohonan";
            case ADMIN -> "/admin/unit";
            default -> "/petugas/notifikasi";
        };
    }

    /**
     * A request forwarded to SETDA, a complaint sent to SETDA, with their tracking codes, a media issue on SETDA, and a
     * piece of information in the PPID's lists.
     */
    private record Cases(String requestId, String requestCode, String complaintId, String complaintCode,
            String mediaIssueId, String informationId) {

        String fill(String pattern) {
            boolean complaint = pattern.contains("pengaduan") || pattern.startsWith("/open311/");
            if (pattern.startsWith("/petugas/opini/")) {
                return pattern.replace("{caseId}", complaintId).replace("{id}", NO_ALERT);
            }
            if (pattern.startsWith("/petugas/informasi/")) {
                return pattern.replace("{id}", informationId);
            }
            if (pattern.startsWith("/petugas/isu/")) {
                return pattern.replace("{id}", mediaIssueId).replace("{aksi}", "triase");
            }
            return pattern
                    .replace("/admin/unit/{kode}", "/admin/unit/MATRIKS")
                    // Ending an officer's sessions succeeds with an empty form: it is tried on one no visitor uses.
                    .replace("/admin/petugas/{username}/sesi", "/admin/petugas/" + BYSTANDER + "/sesi")
                    .replace("{username}", Actor.PETUGAS.username())
                    .replace("{kode}", complaint ? complaintCode : requestCode)
                    .replace("{requestId}", requestId)
                    .replace("{id}", complaint ? complaintId : requestId)
                    .replace("{aksi}", "verifikasi")
                    .replace("{lampiran}", "tidak-ada")
                    .replace("{documentId}", "000000000000000000000000")
                    .replace("{code}", "INFRASTRUKTUR")
                    .replace("{format}", "json");
        }
    }

    private Cases cases() {
        TrackingCode requestCode = TrackingCode.generate();
        InformationRequestId request = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(request, Channel.WEB, Instant.now(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Matriks Uji", Requester.IdentityKind.NIK,
                        "3672010101900099", "Jl. Uji 5", "081200004444", null, "Guru")),
                "Rekap izin usaha 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                requestCode.hash()));
        commands.sendAndWait(new ForwardInformationRequest(request, new UnitId("SETDA"), null,
                OfficerId.of(Actor.PETUGAS.username())));
        TrackingCode complaintCode = TrackingCode.generate();
        ComplaintId complaint = ComplaintId.newId();
        commands.sendAndWait(new RegisterComplaint(complaint, Channel.WEB, Instant.now(), null, false,
                "Trotoar rusak", "Trotoar depan pasar berlubang", ComplaintCategory.INFRASTRUKTUR,
                new Location("Cilegon", "Ciwaduk", null, null), List.of(), complaintCode.hash(), null));
        commands.sendAndWait(new VerifyComplaint(complaint, null, OfficerId.of(Actor.PETUGAS.username())));
        commands.sendAndWait(new DisposeComplaint(complaint, List.of(new UnitId("SETDA")), null,
                OfficerId.of(Actor.PETUGAS.username())));
        MediaIssueId mediaIssue = MediaIssueId.newId();
        commands.sendAndWait(new LogMediaIssue(mediaIssue, new MediaSource(MediaKind.BERITA_DARING, "Radar Banten",
                null, "Antrean layanan Setda", null, Instant.now(), null), IssueOrigin.PETUGAS, null,
                OfficerId.of(Actor.MEDIA.username()), Instant.now()));
        commands.sendAndWait(new TriageMediaIssue(mediaIssue, "Layanan", Sentiment.NEGATIF, IssueUrgency.RENDAH,
                new UnitId("SETDA"), List.of(), OfficerId.of(Actor.MEDIA.username())));
        ListedInformationId information = ListedInformationId.newId();
        commands.sendAndWait(new ListInformation(information, new InformationDescription("Profil badan publik",
                "Struktur organisasi dan tugas", InformationCategory.BERKALA, new UnitId("SETDA"), "Kepala Bagian",
                "Cilegon, 2026", List.of(InformationForm.SOFTCOPY), "5 tahun", null),
                OfficerId.of(Actor.PETUGAS.username())));
        return new Cases(request.value(), requestCode.display(), complaint.value(), complaintCode.display(),
                mediaIssue.value(), information.value());
    }
}
