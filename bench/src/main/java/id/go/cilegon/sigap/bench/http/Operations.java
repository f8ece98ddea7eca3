package id.go.cilegon.sigap.bench.http;

import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.bench.Latency;
import id.go.cilegon.sigap.bench.Settings;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What citizens, officers and supervisors do, one HTTP exchange each, timed from when it was due to when its answer was
 * read. A citizen registers an information request (JSON API) or a complaint (multipart API) and looks at status
 * pages; officers read their queues and take the requests they find there through the written notice, the hand-over
 * and the close (officers' JSON API); supervisors read the dashboards. One registration in
 * {@link Settings#LAG_SAMPLE_EVERY} is then followed on its status API until the query side shows it: the
 * read-your-write lag.
 */
final class Operations {

    private static final Pattern REQUEST_LINK = Pattern.compile("/petugas/permohonan/([0-9a-f-]{36})");
    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    private static final List<String> DASHBOARDS = List.of("/petugas/pengawasan", "/petugas/kepatuhan.json",
            "/petugas/opini.json");

    final Latency informationRequests = new Latency("register information request (POST /api/v1/permohonan-informasi)");
    final Latency complaints = new Latency("register complaint (POST /api/v1/pengaduan, multipart)");
    final Latency officerActions = new Latency("officer action (notice, hand-over, close; officers' API)");
    final Latency requestStatus = new Latency("status page of a request (GET /status/{kode})");
    final Latency complaintStatus = new Latency("status page of a complaint (GET /pengaduan/status/{kode})");
    final Latency requestQueue = new Latency("request queue (GET /petugas/permohonan?status=DITERIMA)");
    final Latency complaintQueue = new Latency("complaint queue (GET /petugas/pengaduan)");
    final Map<String, Latency> dashboards = new LinkedHashMap<>();
    final Latency lag = new Latency("read-your-write lag (201 received -> status API 200)");
    final AtomicLong idleOfficers = new AtomicLong();

    private final Corpus corpus;
    private final Web citizens;
    private final Web queueReader;
    private final Web supervisor;
    private final AtomicReferenceArray<String> statusPages = new AtomicReferenceArray<>(20_000);
    private final AtomicLong registered = new AtomicLong();
    private final AtomicInteger queueTurn = new AtomicInteger();
    private final AtomicInteger dashboardTurn = new AtomicInteger();
    private final ConcurrentLinkedQueue<Work> work = new ConcurrentLinkedQueue<>();
    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    Operations(Corpus corpus, Web citizens, Web queueReader, Web supervisor) {
        this.corpus = corpus;
        this.citizens = citizens;
        this.queueReader = queueReader;
        this.supervisor = supervisor;
        DASHBOARDS.forEach(path -> dashboards.put(path, new Latency("dashboard (GET " + path + ")")));
    }

    /** The commands: both registrations and the officers' actions. */
    List<Latency> commands() {
        return List.of(informationRequests, complaints, officerActions);
    }

    /** Every kind of exchange, commands first. */
    List<Latency> all() {
        List<Latency> all = new java.util.ArrayList<>(commands());
        all.addAll(List.of(requestStatus, complaintStatus, requestQueue, complaintQueue));
        all.addAll(dashboards.values());
        return all;
    }

    /** A citizen registers a request (six in ten) or a complaint, due at {@code due} (System.nanoTime()). */
    void register(Random random, long due) {
        boolean request = random.nextInt(10) < 6;
        Latency latency = request ? informationRequests : complaints;
        Web.Response answer = timed(latency, due, 201, () -> request
                ? citizens.postJson("/api/v1/permohonan-informasi", informationRequest(random))
                : citizens.postMultipart("/api/v1/pengaduan", complaint(random)));
        if (answer == null) {
            return;
        }
        long acknowledged = System.nanoTime();
        var receipt = answer.json();
        long number = registered.incrementAndGet();
        statusPages.set((int) (number % statusPages.length()), receipt.path("halamanStatus").asText());
        if (number % Settings.LAG_SAMPLE_EVERY == 0) {
            followUntilVisible(receipt.path("statusApi").asText(), acknowledged);
        }
    }

    /** A citizen opens the status page of a case registered earlier in the run. */
    void viewStatus(Random random, long due) {
        long known = Math.min(registered.get(), statusPages.length());
        if (known == 0) {
            return;
        }
        String page = statusPages.get(random.nextInt((int) known));
        if (page == null) {
            return;
        }
        timed(page.startsWith("/pengaduan") ? complaintStatus : requestStatus, due, 200, () -> citizens.get(page));
    }

    /**
     * An officer takes the next step on a request found in the queue: the written notice granting it, the hand-over,
     * the close. False when there is nothing to do.
     */
    boolean act(Web officer, long due) {
        Work next = work.poll();
        if (next == null) {
            idleOfficers.incrementAndGet();
            return false;
        }
        String base = "/api/v1/petugas/permohonan/" + next.requestId() + "/";
        Web.Response done = timed(officerActions, due, 200, () -> switch (next.step()) {
            case NOTICE -> officer.postJson(base + "pemberitahuan", grant());
            case HAND_OVER -> officer.postJson(base + "penyerahan", Map.of(
                    "diserahkanPada", LocalDateTime.now(OFFICE).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS)
                            .toString(),
                    "cara", "EMAIL", "namaPenerima", "Penerima " + next.requestId().substring(0, 8),
                    "hubungan", "pemohon"));
            case CLOSE -> officer.postJson(base + "selesai", Map.of());
        });
        if (done != null && next.step() != Step.CLOSE) {
            work.add(new Work(next.requestId(), Step.values()[next.step().ordinal() + 1]));
        }
        return true;
    }

    /**
     * An officer reads a queue: the requests waiting for their notice (whose ids feed the officers' work) or the
     * complaints, in turn.
     */
    void readQueue(long due) {
        if (queueTurn.getAndIncrement() % 2 == 0) {
            Web.Response queue = timed(requestQueue, due, 200,
                    () -> queueReader.get("/petugas/permohonan?status=DITERIMA"));
            if (queue != null) {
                Matcher link = REQUEST_LINK.matcher(queue.body());
                while (link.find()) {
                    if (taken.add(link.group(1))) {
                        work.add(new Work(link.group(1), Step.NOTICE));
                    }
                }
            }
        } else {
            timed(complaintQueue, due, 200, () -> queueReader.get("/petugas/pengaduan"));
        }
    }

    /** A supervisor reads one of the dashboards, in turn. */
    void readDashboard(long due) {
        String path = DASHBOARDS.get(Math.floorMod(dashboardTurn.getAndIncrement(), DASHBOARDS.size()));
        timed(dashboards.get(path), due, 200, () -> supervisor.get(path));
    }

    /** Polls the status API every 2 ms until it answers 200; the lag is from the registration's answer to that. */
    private void followUntilVisible(String statusApi, long acknowledged) {
        long giveUp = acknowledged + 30_000_000_000L;
        while (System.nanoTime() < giveUp) {
            try {
                Web.Response status = citizens.get(statusApi);
                if (status.status() == 200) {
                    lag.record(System.nanoTime() - acknowledged);
                    return;
                }
                if (status.status() != 404) {
                    lag.fail("HTTP " + status.status());
                    return;
                }
            } catch (RuntimeException e) {
                lag.fail(e.getClass().getSimpleName());
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000L);
        }
        lag.fail("not visible within 30 s");
    }

    /** Runs one exchange; records its latency from {@code due} if it answered {@code expected}, else a failure. */
    private static Web.Response timed(Latency latency, long due, int expected, Supplier<Web.Response> exchange) {
        try {
            Web.Response answer = exchange.get();
            if (answer.status() != expected) {
                latency.fail("HTTP " + answer.status());
                return null;
            }
            latency.record(System.nanoTime() - due);
            return answer;
        } catch (RuntimeException e) {
            latency.fail(e.getCause() != null ? e.getCause().getClass().getSimpleName()
                    : e.getClass().getSimpleName());
            return null;
        }
    }

    private Map<String, Object> informationRequest(Random random) {
        String name = corpus.name(random);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("nama", name);
        form.put("jenisIdentitas", "NIK");
        form.put("nomorIdentitas", corpus.nik(random));
        form.put("alamat", corpus.address(random));
        form.put("telepon", corpus.phone(random));
        form.put("email", corpus.email(name, random));
        form.put("pekerjaan", corpus.occupation(random));
        form.put("informasiDiminta", corpus.informationRequested(random, 2026));
        form.put("tujuanPenggunaan", corpus.purpose(random));
        form.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        form.put("caraMendapatkanSalinan", "EMAIL");
        return form;
    }

    private Map<String, String> complaint(Random random) {
        String[] place = corpus.place(random);
        Corpus.Complaint about = corpus.complaint(random, place[1]);
        String name = corpus.name(random);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("judul", about.subject());
        form.put("uraian", about.description());
        form.put("kategori", about.category().name());
        form.put("kecamatan", place[0]);
        form.put("kelurahan", place[1]);
        form.put("anonim", "false");
        form.put("rahasia", random.nextInt(10) == 0 ? "true" : "false");
        form.put("nama", name);
        form.put("nik", corpus.nik(random));
        form.put("telepon", corpus.phone(random));
        form.put("email", corpus.email(name, random));
        form.put("alamat", corpus.address(random));
        return form;
    }

    /** The written notice granting a request in full, as the officer's form sends it. */
    private static Map<String, Object> grant() {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("informasiDikuasai", "ya");
        notice.put("keputusan", "DIKABULKAN_SELURUHNYA");
        notice.put("informasiDiberikan", "Salinan dokumen yang diminta, lengkap");
        notice.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        notice.put("format", "PDF");
        notice.put("caraPenyampaian", "EMAIL");
        notice.put("biaya", 0);
        notice.put("caraPembayaran", "Tidak dipungut biaya");
        return notice;
    }

    private enum Step {
        NOTICE,
        HAND_OVER,
        CLOSE
    }

    private record Work(String requestId, Step step) {
    }
}
