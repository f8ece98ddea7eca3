package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * KIP compliance month by month for supervisors: a table and a bar chart of the share of written notices on time,
 * the hari kerja they took, extensions, keberatan and sengketa, and complaints verified in time, the hari kerja to
 * their answer and their rating, and media issues answered in time; for every kind of case or one, and every unit or one. The page refreshes its
 * figures while it is open from {@code /petugas/kepatuhan.json} with the same filters.
 */
@Controller
class CompliancePage {

    private final YearCases cases;
    private final MonthlyCompliance compliance;
    private final ReportYears years;
    private final Units units;
    private final ReadModelVersions.Cache<FiguresKey, List<MonthlyCompliance.MonthFigures>> figures =
            new ReadModelVersions.Cache<>(64);

    CompliancePage(YearCases cases, MonthlyCompliance compliance, ReportYears years, Units units) {
        this.cases = cases;
        this.compliance = compliance;
        this.years = years;
        this.units = units;
    }

    /** {@code jenis}: PERMOHONAN, PENGADUAN or ISU_MEDIA, or all when empty; {@code unit}: a unit's code, or every unit. */
    @GetMapping("/petugas/kepatuhan")
    Mono<String> page(@RequestParam(name = "tahun", required = false) String tahun,
            @RequestParam(name = "jenis", required = false) String jenis,
            @RequestParam(name = "unit", required = false) String unit, Model model) {
        int year = years.year(tahun);
        MonthlyCompliance.Scope scope = scope(jenis, unit);
        return months(year, scope).map(months -> {
            model.addAttribute("months", months);
            model.addAttribute("year", year);
            model.addAttribute("years", years.choices());
            model.addAttribute("scope", scope);
            model.addAttribute("kinds", MonthlyCompliance.CaseKind.values());
            model.addAttribute("unitChoices", units.active());
            model.addAttribute("source", UriComponentsBuilder.fromPath("/petugas/kepatuhan.json")
                    .queryParam("tahun", year)
                    .queryParamIfPresent("jenis", Optional.ofNullable(scope.kind()))
                    .queryParamIfPresent("unit", Optional.ofNullable(scope.unit()))
                    .build().encode().toUriString());
            return "laporan/kepatuhan";
        });
    }

    /** The same figures as data, for the page's own refresh and for anyone's spreadsheet. */
    @GetMapping(path = "/petugas/kepatuhan.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<List<MonthlyCompliance.MonthFigures>> json(@RequestParam(name = "tahun", required = false) String tahun,
            @RequestParam(name = "jenis", required = false) String jenis,
            @RequestParam(name = "unit", required = false) String unit) {
        return months(years.year(tahun), scope(jenis, unit));
    }

    /** An unknown kind or unit is a 400 naming it, never figures for nothing. */
    private MonthlyCompliance.Scope scope(String jenis, String unit) {
        MonthlyCompliance.CaseKind kind = FilterParameters.choice(MonthlyCompliance.CaseKind.class, jenis, "jenis");
        String code = FilterParameters.text(unit);
        if (code != null && units.find(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unit");
        }
        return new MonthlyCompliance.Scope(kind, code);
    }

    /** Computed again only when the read models they count have moved since (ADR 0028); the page polls them. */
    private Mono<List<MonthlyCompliance.MonthFigures>> months(int year, MonthlyCompliance.Scope scope) {
        return figures.get(new FiguresKey(year, scope), cases.version(), () -> cases.of(year, 0)
                .publishOn(Schedulers.boundedElastic())
                .map(found -> compliance.months(found.requests(), found.objections(), found.complaints(),
                        found.mediaIssues(), scope)));
    }

    private record FiguresKey(int year, MonthlyCompliance.Scope scope) {
    }
}
