package id.go.cilegon.sigap.bench.http;

import id.go.cilegon.sigap.bench.Latency;
import id.go.cilegon.sigap.bench.Report;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads of the pages officers and supervisors keep open — the queues and the dashboards — and of citizens' status
 * pages, one at a time against an otherwise idle Sigap: each page up to a number of times or a time budget, at least
 * three times.
 */
public final class ReadLatencies {

    private final String baseUrl;
    private final int samples;
    private final Duration budget;

    public ReadLatencies(String baseUrl, int samples, Duration budget) {
        this.baseUrl = baseUrl;
        this.samples = samples;
        this.budget = budget;
    }

    /** Every page, with the tracking codes of some seeded requests and complaints for the status pages. */
    public List<Read> measure(List<String> requestCodes, List<String> complaintCodes) {
        Web officer = Web.officer(baseUrl, "petugas", "petugas-demo");
        Web supervisor = Web.officer(baseUrl, "supervisor", "supervisor-demo");
        Web citizen = Web.citizens(baseUrl);
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        List<Read> reads = new ArrayList<>();
        reads.add(read("request queue (GET /petugas/permohonan)", i -> officer.get("/petugas/permohonan")));
        reads.add(read("complaint queue (GET /petugas/pengaduan)", i -> officer.get("/petugas/pengaduan")));
        reads.add(read("deadline supervision (GET /petugas/pengawasan)", i -> supervisor.get("/petugas/pengawasan")));
        reads.add(read("compliance dashboard (GET /petugas/kepatuhan.json)",
                i -> supervisor.get("/petugas/kepatuhan.json")));
        reads.add(read("opinion dashboard (GET /petugas/opini.json)", i -> supervisor.get("/petugas/opini.json")));
        reads.add(read("annual report (GET /petugas/laporan?tahun=" + year + ")",
                i -> supervisor.get("/petugas/laporan?tahun=" + year)));
        if (!requestCodes.isEmpty()) {
            reads.add(read("status page of a request (GET /status/{kode})",
                    i -> citizen.get("/status/" + requestCodes.get(i % requestCodes.size()))));
        }
        if (!complaintCodes.isEmpty()) {
            reads.add(read("status page of a complaint (GET /pengaduan/status/{kode})",
                    i -> citizen.get("/pengaduan/status/" + complaintCodes.get(i % complaintCodes.size()))));
        }
        return reads;
    }

    private Read read(String name, IntFunction<Web.Response> page) {
        Report.progress("reading " + name);
        Latency latency = new Latency(name);
        long deadline = System.nanoTime() + budget.toNanos();
        long bytes = 0;
        for (int i = 0; i < samples && (i < 3 || System.nanoTime() < deadline); i++) {
            long started = System.nanoTime();
            try {
                Web.Response answer = page.apply(i);
                if (answer.status() == 200) {
                    latency.record(System.nanoTime() - started);
                    bytes = Math.max(bytes, answer.body().length());
                } else {
                    latency.fail("HTTP " + answer.status());
                }
            } catch (RuntimeException e) {
                latency.fail(e.getCause() != null ? e.getCause().getClass().getSimpleName()
                        : e.getClass().getSimpleName());
            }
        }
        return new Read(latency, bytes);
    }

    /** One page's latencies, and the size of its largest answer in characters. */
    public record Read(Latency latency, long characters) {
    }
}
