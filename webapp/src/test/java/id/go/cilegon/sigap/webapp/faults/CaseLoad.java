package id.go.cilegon.sigap.webapp.faults;

import id.go.cilegon.sigap.webapp.faults.Ledger.Kind;
import id.go.cilegon.sigap.webapp.support.Http;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * Load on one node over real HTTP, as its users make it: citizens filing requests for information (JSON) and
 * anonymous complaints (multipart), each on connections of their own, and an officer who opens the queue and either
 * extends a request's deadline or asks the requester to complete it. Every answer with a number or sequence goes into
 * the {@link Ledger}; every command without one is counted as unanswered. The texts are plain and neutral, so the
 * opinion monitor finds no spike to raise events of its own.
 */
final class CaseLoad {

    private static final Pattern QUEUE_LINK = Pattern.compile("href=\"/petugas/permohonan/([0-9a-f-]{36})\"");

    private final String node;
    private final int port;
    private final Ledger ledger;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private CaseLoad(String node, int port, Ledger ledger) {
        this.node = node;
        this.port = port;
        this.ledger = ledger;
    }

    /**
     * Starts {@code citizens} citizens and, with {@code officer} not null, one officer (user name, password) on the
     * node serving HTTP on {@code port}. Each user's choices come from a {@link Random} seeded from {@code seed}.
     */
    static CaseLoad start(String node, int port, Ledger ledger, long seed, int citizens, String[] officer) {
        CaseLoad load = new CaseLoad(node, port, ledger);
        for (int i = 0; i < citizens; i++) {
            Random choices = new Random(seed + i);
            load.spawn(node + "-citizen-" + i, () -> load.citizen(choices));
        }
        if (officer != null) {
            Random choices = new Random(seed - 1);
            load.spawn(node + "-officer", () -> load.officer(officer[0], officer[1], choices));
        }
        return load;
    }

    private void spawn(String name, Runnable user) {
        Thread thread = new Thread(user, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Stops every user after the command each is sending has been answered or has failed. */
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not stop within a minute");
            }
        }
    }

    private void citizen(Random choices) {
        Http citizen = new Http(port);
        int filed = 0;
        while (running) {
            filed++;
            if (choices.nextInt(3) == 0) {
                complaint(citizen, filed);
            } else {
                request(citizen, filed);
            }
        }
    }

    /** A citizen's request as the JSON API takes it, by {@code name} with {@code nik}, asking for item {@code item}. */
    static Map<String, Object> requestForm(String name, String nik, int item) {
        return Map.ofEntries(
                Map.entry("nama", name),
                Map.entry("jenisIdentitas", "NIK"),
                Map.entry("nomorIdentitas", nik),
                Map.entry("alamat", "Jl. Uji No. " + item),
                Map.entry("telepon", "081234567890"),
                Map.entry("email", ""),
                Map.entry("pekerjaan", "Guru"),
                Map.entry("informasiDiminta", "Salinan rencana kerja kelurahan nomor " + item),
                Map.entry("tujuanPenggunaan", "Bahan tugas sekolah"),
                Map.entry("caraMemperoleh", "SALINAN_SOFTCOPY"),
                Map.entry("caraMendapatkanSalinan", "EMAIL"));
    }

    private void request(Http citizen, int filed) {
        Map<String, Object> form = requestForm("Warga Uji " + Thread.currentThread().getName(), "3672010101900001",
                filed);
        try {
            EntityExchangeResult<String> answer = citizen.client().post().uri("/api/v1/permohonan-informasi")
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).bodyValue(form)
                    .exchange().expectBody(String.class).returnResult();
            registered(answer, Kind.REQUEST, "nomorPendaftaran");
        } catch (RuntimeException noAnswer) {
            ledger.unansweredRegistration();
        }
    }

    private void complaint(Http citizen, int filed) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("judul", "Usulan tempat sampah taman nomor " + filed);
        parts.part("uraian", "Mohon ditambah satu tempat sampah di taman kelurahan.");
        parts.part("kategori", "KEBERSIHAN_LINGKUNGAN");
        parts.part("kecamatan", "Cilegon");
        parts.part("kelurahan", "Ketileng");
        parts.part("anonim", "true");
        try {
            registered(citizen.postMultipart("/api/v1/pengaduan", parts, MediaType.APPLICATION_JSON), Kind.COMPLAINT,
                    "nomorPengaduan");
        } catch (RuntimeException noAnswer) {
            ledger.unansweredRegistration();
        }
    }

    private void registered(EntityExchangeResult<String> answer, Kind kind, String numberField) {
        if (answer.getStatus() != HttpStatus.CREATED) {
            ledger.unansweredRegistration();
            return;
        }
        JsonNode receipt = StoreView.JSON.readTree(answer.getResponseBody());
        ledger.acknowledged(new Ledger.Registration(kind, receipt.path(numberField).asString(),
                receipt.path("kodePelacakan").asString(), node));
    }

    private void officer(String username, String password, Random choices) {
        Http officer = null;
        while (running) {
            try {
                if (officer == null) {
                    officer = new Http(port);
                    officer.logIn(username, password);
                }
                act(officer, choices);
            } catch (RuntimeException | AssertionError lostSession) {
                // The node died or the login was refused under load: log in again while the load runs.
                officer = null;
                SigapProcess.pause(200);
            }
        }
    }

    /** Opens the queue, picks a request nobody acted on yet, and extends it or asks for completion. */
    private void act(Http officer, Random choices) {
        String queue = officer.page("/petugas/permohonan").getResponseBody();
        List<String> open = new ArrayList<>();
        Matcher link = QUEUE_LINK.matcher(queue == null ? "" : queue);
        while (link.find()) {
            open.add(link.group(1));
        }
        Collections.shuffle(open, choices);
        String requestId = null;
        for (String candidate : open) {
            if (ledger.actOn(candidate)) {
                requestId = candidate;
                break;
            }
        }
        if (requestId == null) {
            SigapProcess.pause(200);
            return;
        }
        boolean extend = choices.nextBoolean();
        String path = "/api/v1/petugas/permohonan/" + requestId + (extend ? "/perpanjang" : "/minta-kelengkapan");
        Map<String, Object> form = extend ? Map.of("alasan", "Dokumen tersebar di beberapa bidang")
                : Map.of("pertanyaan", "Mohon sebutkan tahun anggaran yang dimaksud");
        String token = Http.csrfToken(queue);
        try {
            EntityExchangeResult<String> answer = officer.postJsonWithToken(token, path, form);
            if (answer.getStatus() == HttpStatus.OK) {
                ledger.acknowledged(new Ledger.Transition(requestId,
                        extend ? "NoticeDeadlineExtended" : "ClarificationRequested", node));
            } else {
                ledger.unansweredTransition();
            }
        } catch (RuntimeException noAnswer) {
            ledger.unansweredTransition();
            throw noAnswer;
        }
        SigapProcess.pause(100);
    }
}
