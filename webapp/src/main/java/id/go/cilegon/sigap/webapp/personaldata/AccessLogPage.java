package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The supervisors' search of the personal-data access log: who read whose data, when and why, by officer, case
 * number, kind of read and period. A filter that cannot be read is a 400 naming it.
 */
@Controller
class AccessLogPage {

    static final String PATH = "/petugas/akses-data";

    private final AccessLog log;
    private final OfficeDates dates;
    private final WorkingDayCalendar calendar;

    AccessLogPage(AccessLog log, OfficeDates dates, WorkingDayCalendar calendar) {
        this.log = log;
        this.dates = dates;
        this.calendar = calendar;
    }

    @GetMapping(PATH)
    Mono<String> page(@RequestParam(name = "petugas", required = false) String officer,
            @RequestParam(name = "nomor", required = false) String number,
            @RequestParam(name = "tindakan", required = false) String action,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String until, Model model) {
        LocalDate fromDay = day(from, "dari");
        LocalDate untilDay = day(until, "sampai");
        AccessLog.Search search = new AccessLog.Search(bounded(officer, "petugas"), bounded(number, "nomor"),
                FilterParameters.choice(AccessLog.Action.class, action, "tindakan"), start(fromDay),
                untilDay == null ? null : start(untilDay.plusDays(1)));
        return log.search(search).map(entries -> {
            model.addAttribute("entries", entries);
            model.addAttribute("actions", AccessLog.Action.values());
            model.addAttribute("filter", search);
            model.addAttribute("from", fromDay);
            model.addAttribute("until", untilDay);
            model.addAttribute("dates", dates);
            return "petugas/akses-data";
        });
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(calendar.zone()).toInstant();
    }

    private static String bounded(String text, String parameter) {
        String value = FilterParameters.text(text);
        if (value != null && value.length() > 64) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter);
        }
        return value;
    }

    private static LocalDate day(String text, String parameter) {
        String value = FilterParameters.text(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter);
        }
    }
}
