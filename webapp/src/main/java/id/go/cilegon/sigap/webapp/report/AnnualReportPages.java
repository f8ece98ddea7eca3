package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import id.go.cilegon.sigap.webapp.shared.documents.Downloads;
import id.go.cilegon.sigap.webapp.shared.documents.PrintedDocuments;
import id.go.cilegon.sigap.webapp.shared.documents.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The year's <i>Laporan Layanan Informasi Publik</i> for officers, on screen with every number linked to the cases
 * behind it, as a PDF in Bahasa Indonesia and as XLSX; and the same figures for everyone (the Pasal 12
 * announcement) as a page, CSV and JSON, as counts only.
 */
@Controller
class AnnualReportPages {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String PUBLIC_CACHE = "public, max-age=300";

    private final YearCases cases;
    private final AnnualReportBuilder builder;
    private final PrintedDocuments printed;
    private final ReportYears years;
    /** Five years, three periods, two languages. */
    private final ReadModelVersions.Cache<ReportKey, AnnualReport> reports = new ReadModelVersions.Cache<>(30);

    AnnualReportPages(YearCases cases, AnnualReportBuilder builder, PrintedDocuments printed,
            ReportYears years) {
        this.cases = cases;
        this.builder = builder;
        this.printed = printed;
        this.years = years;
    }

    @GetMapping("/petugas/laporan")
    Mono<String> officerPage(@RequestParam(name = "tahun", required = false) String tahun, Model model,
            ServerWebExchange exchange) {
        int year = years.year(tahun);
        return report(year, exchange.getLocaleContext().getLocale()).map(report -> {
            model.addAttribute("report", report);
            model.addAttribute("year", year);
            model.addAttribute("years", years.choices());
            model.addAttribute("publicVersion", false);
            model.addAttribute("semester", 0);
            return "laporan/laporan";
        });
    }

    /** The cases behind one number of the report. */
    @GetMapping("/petugas/laporan/kasus")
    Mono<String> cases(@RequestParam(name = "tahun", required = false) String tahun,
            @RequestParam(name = "angka") String key, Model model, ServerWebExchange exchange) {
        int year = years.year(tahun);
        return report(year, exchange.getLocaleContext().getLocale()).map(report -> {
            AnnualReport.Figure figure = report.figure(key)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("figure", figure);
            model.addAttribute("year", year);
            return "laporan/kasus";
        });
    }

    @GetMapping("/petugas/laporan.pdf")
    Mono<ResponseEntity<byte[]>> officerPdf(@RequestParam(name = "tahun", required = false) String tahun) {
        int year = years.year(tahun);
        return report(year, INDONESIAN).publishOn(Schedulers.boundedElastic())
                .map(report -> printed.pdfDownload("laporan/laporan-cetak", Map.of("report", report),
                        "laporan-layanan-informasi-publik-" + year + ".pdf"));
    }

    @GetMapping("/petugas/laporan.xlsx")
    Mono<ResponseEntity<byte[]>> officerXlsx(@RequestParam(name = "tahun", required = false) String tahun) {
        int year = years.year(tahun);
        return report(year, INDONESIAN).map(report -> Downloads.attachment(table(report, true).toXlsx(),
                Downloads.XLSX,
                "laporan-layanan-informasi-publik-" + year + ".xlsx", null));
    }

    /** The Pasal 12 announcement: the year's figures, or a semester's ({@code semester=1} or {@code 2}). */
    @GetMapping("/statistik")
    Mono<String> publicPage(@RequestParam(name = "tahun", required = false) String tahun,
            @RequestParam(name = "semester", required = false) String semester, Model model,
            ServerWebExchange exchange) {
        int year = years.year(tahun);
        int half = semester(semester);
        return report(year, half, exchange.getLocaleContext().getLocale()).map(report -> {
            model.addAttribute("semester", half);
            model.addAttribute("report", report);
            model.addAttribute("year", year);
            model.addAttribute("years", years.choices());
            model.addAttribute("publicVersion", true);
            return "laporan/laporan";
        });
    }

    @GetMapping("/statistik.csv")
    Mono<ResponseEntity<byte[]>> publicCsv(@RequestParam(name = "tahun", required = false) String tahun,
            @RequestParam(name = "semester", required = false) String semester, ServerWebExchange exchange) {
        int year = years.year(tahun);
        int half = semester(semester);
        return report(year, half, exchange.getLocaleContext().getLocale()).map(report -> Downloads.attachment(
                table(report, false).toCsv(), Downloads.CSV, "statistik-layanan-informasi-" + year
                        + (half == 0 ? "" : "-semester-" + half) + ".csv", PUBLIC_CACHE));
    }

    /** The public figures as data: counts per figure, no cases. */
    @GetMapping(path = "/api/v1/statistik", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<ResponseEntity<Statistics>> publicJson(@RequestParam(name = "tahun", required = false) String tahun,
            @RequestParam(name = "semester", required = false) String semester, ServerWebExchange exchange) {
        int year = years.year(tahun);
        int half = semester(semester);
        return report(year, half, exchange.getLocaleContext().getLocale()).map(report -> ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE).body(Statistics.of(report, half)));
    }

    /**
     * @param semester 1 or 2 for a semester's figures, 0 for the whole year
     * @param bagian   the sections, each with its figures as {@code kunci}, {@code uraian} and {@code nilai}
     */
    record Statistics(int tahun, int semester, List<StatisticsSection> bagian) {

        static Statistics of(AnnualReport report, int semester) {
            return new Statistics(report.year(), semester, report.sections().stream()
                    .map(section -> new StatisticsSection(section.key(), section.title(), section.figures().stream()
                            .map(figure -> new StatisticsFigure(figure.key(), figure.label(), figure.value()))
                            .toList()))
                    .toList());
        }
    }

    record StatisticsSection(String kunci, String judul, List<StatisticsFigure> angka) {
    }

    record StatisticsFigure(String kunci, String uraian, String nilai) {
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private Mono<AnnualReport> report(int year, Locale locale) {
        return report(year, 0, locale);
    }

    /**
     * Built again only when the read models it counts have moved since (ADR 0028): the public statistics are open
     * to anyone, and a year's report reads every case of the year.
     */
    private Mono<AnnualReport> report(int year, int semester, Locale locale) {
        return reports.get(new ReportKey(year, semester, locale), cases.version(), () -> cases.of(year, semester)
                .publishOn(Schedulers.boundedElastic())
                .map(found -> builder.build(year, found.requests(), found.objections(), found.complaints(),
                        found.mediaIssues(), locale)));
    }

    private record ReportKey(int year, int semester, Locale locale) {
    }

    /** 1 or 2 for a semester, 0 (the whole year) for anything else. */
    private static int semester(String semester) {
        return "1".equals(semester) ? 1 : "2".equals(semester) ? 2 : 0;
    }

    private Table table(AnnualReport report, boolean withCases) {
        List<String> headers = new ArrayList<>(List.of("Bagian", "Uraian", "Jumlah"));
        if (withCases) {
            headers.add("Nomor");
        }
        List<List<String>> rows = new ArrayList<>();
        for (AnnualReport.Section section : report.sections()) {
            for (AnnualReport.Figure figure : section.figures()) {
                List<String> row = new ArrayList<>(List.of(section.title(), figure.label(), figure.value()));
                if (withCases) {
                    row.add(figure.cases().stream().map(AnnualReport.CaseRef::number)
                            .collect(Collectors.joining(", ")));
                }
                rows.add(row);
            }
        }
        return new Table("Laporan " + report.year(), headers, rows);
    }
}
