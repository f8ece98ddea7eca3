package id.go.cilegon.sigap.webapp.report;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * KIP compliance month by month for supervisors: a table and a bar chart of the share of written notices on time,
 * the hari kerja they took, extensions, keberatan and sengketa, and complaints verified in time with their rating.
 * The page refreshes its figures while it is open from {@code /petugas/kepatuhan.json}.
 */
@Controller
class CompliancePage {

    private final YearCases cases;
    private final MonthlyCompliance compliance;
    private final ReportYears years;

    CompliancePage(YearCases cases, MonthlyCompliance compliance, ReportYears years) {
        this.cases = cases;
        this.compliance = compliance;
        this.years = years;
    }

    @GetMapping("/petugas/kepatuhan")
    Mono<String> page(@RequestParam(name = "tahun", required = false) String tahun, Model model) {
        int year = years.year(tahun);
        return months(year).map(months -> {
            model.addAttribute("months", months);
            model.addAttribute("year", year);
            model.addAttribute("years", years.choices());
            return "laporan/kepatuhan";
        });
    }

    /** The same figures as data, for the page's own refresh and for anyone's spreadsheet. */
    @GetMapping(path = "/petugas/kepatuhan.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<List<MonthlyCompliance.MonthFigures>> json(@RequestParam(name = "tahun", required = false) String tahun) {
        return months(years.year(tahun));
    }

    private Mono<List<MonthlyCompliance.MonthFigures>> months(int year) {
        return cases.of(year, 0).publishOn(Schedulers.boundedElastic())
                .map(found -> compliance.months(found.requests(), found.objections(), found.complaints()));
    }
}
