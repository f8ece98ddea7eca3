package id.go.cilegon.sigap.webapp.register;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListObjectionRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRegisterYears;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRequestRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.documents.Downloads;
import id.go.cilegon.sigap.webapp.shared.documents.Table;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Register Permohonan and the Register Keberatan: in full for officers (behind the login of {@code /petugas/**}),
 * and without personal data for everyone, each as a page and as a download. {@code ?tahun=} picks the year of
 * registration (this year by default), {@code ?status=} narrows the lines.
 */
@Controller
class RegisterPages {

    private static final String PUBLIC_CACHE = "public, max-age=300";
    private static final List<InformationRequestStatus> OBJECTION_STATUSES = List.of(
            InformationRequestStatus.KEBERATAN_DIAJUKAN, InformationRequestStatus.DITERIMA_ATASAN,
            InformationRequestStatus.DITOLAK_ATASAN, InformationRequestStatus.SELESAI_MUSYAWARAH,
            InformationRequestStatus.SENGKETA_DIAJUKAN);

    private final Messaging messaging;
    private final RegisterTables tables;
    private final OfficerAccounts accounts;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final AccessLog accessLog;

    RegisterPages(Messaging messaging, RegisterTables tables, OfficerAccounts accounts, WorkingDayCalendar calendar,
            Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.messaging = messaging;
        this.tables = tables;
        this.accounts = accounts;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ officers

    @GetMapping("/petugas/register/permohonan")
    Mono<String> officerRequests(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            Model model, ServerWebExchange exchange) {
        int year = year(tahun);
        return read(exchange, "permohonan", year)
                .then(page(Register.PERMOHONAN, false, year, status, requests(year, status, false, locale), model));
    }

    @GetMapping("/petugas/register/permohonan.csv")
    Mono<ResponseEntity<byte[]>> officerRequestsCsv(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            ServerWebExchange exchange) {
        int year = year(tahun);
        return read(exchange, "permohonan", year).then(requests(year, status, false, locale)
                .map(table -> Downloads.attachment(
                        table.toCsv(), Downloads.CSV, "register-permohonan-" + year + ".csv", null)));
    }

    @GetMapping("/petugas/register/permohonan.xlsx")
    Mono<ResponseEntity<byte[]>> officerRequestsXlsx(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            ServerWebExchange exchange) {
        int year = year(tahun);
        return read(exchange, "permohonan", year).then(requests(year, status, false, locale)
                .map(table -> Downloads.attachment(
                        table.toXlsx(), Downloads.XLSX, "register-permohonan-" + year + ".xlsx", null)));
    }

    @GetMapping("/petugas/register/keberatan")
    Mono<String> officerObjections(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            Model model, ServerWebExchange exchange) {
        int year = year(tahun);
        return read(exchange, "keberatan", year).then(
                page(Register.KEBERATAN, false, year, status, objections(year, status, false, locale), model));
    }

    @GetMapping("/petugas/register/keberatan.csv")
    Mono<ResponseEntity<byte[]>> officerObjectionsCsv(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            ServerWebExchange exchange) {
        int year = year(tahun);
        return read(exchange, "keberatan", year).then(objections(year, status, false, locale)
                .map(table -> Downloads.attachment(
                        table.toCsv(), Downloads.CSV, "register-keberatan-" + year + ".csv", null)));
    }

    @GetMapping("/petugas/register/keberatan.xlsx")
    Mono<ResponseEntity<byte[]>> officerObjectionsXlsx(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            ServerWebExchange exchange) {
        int year = year(tahun);
        return read(exchange, "keberatan", year).then(objections(year, status, false, locale)
                .map(table -> Downloads.attachment(
                        table.toXlsx(), Downloads.XLSX, "register-keberatan-" + year + ".xlsx", null)));
    }

    /** The officers' registers hold every requester's name, address and contact: the read is recorded first. */
    private Mono<Void> read(ServerWebExchange exchange, String register, int year) {
        return exchange.getPrincipal().map(Principal::getName).flatMap(officer -> accessLog.record(officer,
                AccessLog.Action.LIHAT_REGISTER, null, null, null, "register " + register + " " + year));
    }

    // -------------------------------------------------------------------------------------------------- public

    @GetMapping("/register/permohonan")
    Mono<String> publicRequests(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            Model model) {
        int year = year(tahun);
        return page(Register.PERMOHONAN, true, year, status, requests(year, status, true, locale), model);
    }

    @GetMapping("/register/permohonan.csv")
    Mono<ResponseEntity<byte[]>> publicRequestsCsv(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale) {
        int year = year(tahun);
        return requests(year, status, true, locale).map(table -> Downloads.attachment(table.toCsv(), Downloads.CSV,
                "register-permohonan-publik-" + year + ".csv", PUBLIC_CACHE));
    }

    @GetMapping("/register/keberatan")
    Mono<String> publicObjections(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale,
            Model model) {
        int year = year(tahun);
        return page(Register.KEBERATAN, true, year, status, objections(year, status, true, locale), model);
    }

    @GetMapping("/register/keberatan.csv")
    Mono<ResponseEntity<byte[]>> publicObjectionsCsv(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "status", required = false) InformationRequestStatus status, Locale locale) {
        int year = year(tahun);
        return objections(year, status, true, locale).map(table -> Downloads.attachment(table.toCsv(), Downloads.CSV,
                "register-keberatan-publik-" + year + ".csv", PUBLIC_CACHE));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private Mono<Table> requests(int year, InformationRequestStatus status, boolean publicVersion, Locale locale) {
        return messaging.query(new ListRequestRegister(year, status, publicVersion),
                        ResponseTypes.multipleInstancesOf(RequestRegisterEntry.class))
                .map(lines -> tables.requests(lines, year, publicVersion, locale));
    }

    private Mono<Table> objections(int year, InformationRequestStatus status, boolean publicVersion, Locale locale) {
        return messaging.query(new ListObjectionRegister(year, status, publicVersion),
                        ResponseTypes.multipleInstancesOf(ObjectionRegisterEntry.class))
                .flatMap(lines -> atasanNames(lines, publicVersion)
                        .map(names -> tables.objections(lines, names, year, publicVersion, locale)));
    }

    /** Column j names the Atasan PPID who answered; the public version does not name officers. */
    private Mono<Map<String, String>> atasanNames(List<ObjectionRegisterEntry> lines, boolean publicVersion) {
        if (publicVersion) {
            return Mono.just(Map.of());
        }
        return Flux.fromStream(lines.stream().map(ObjectionRegisterEntry::answeredBy).filter(Objects::nonNull)
                        .distinct())
                .flatMap(accounts::officer)
                .collectMap(Officer::username, Officer::displayName);
    }

    private Mono<String> page(Register register, boolean publicVersion, int year, InformationRequestStatus status,
            Mono<Table> table, Model model) {
        return table.zipWith(years(year)).map(loaded -> {
            String base = (publicVersion ? "/register/" : "/petugas/register/") + register.path;
            model.addAttribute("table", loaded.getT1());
            model.addAttribute("register", register.path);
            model.addAttribute("headingKey", register.headingKey);
            model.addAttribute("publicVersion", publicVersion);
            model.addAttribute("year", year);
            model.addAttribute("yearText", String.valueOf(year));
            model.addAttribute("lineCount", String.valueOf(loaded.getT1().rows().size()));
            model.addAttribute("years", loaded.getT2());
            model.addAttribute("status", status);
            model.addAttribute("statuses", register == Register.PERMOHONAN
                    ? Arrays.asList(InformationRequestStatus.values()) : OBJECTION_STATUSES);
            model.addAttribute("action", base);
            model.addAttribute("csv", link(base + ".csv", year, status));
            model.addAttribute("xlsx", publicVersion ? null : link(base + ".xlsx", year, status));
            model.addAttribute("otherRegister", link((publicVersion ? "/register/" : "/petugas/register/")
                    + register.other().path, year, null));
            model.addAttribute("otherRegisterKey", register.other().linkKey);
            model.addAttribute("publicLink", publicVersion ? null : link("/register/" + register.path, year, status));
            return "register/register";
        });
    }

    /** The years with lines, this year, and the one asked for, newest first. */
    private Mono<List<Integer>> years(int year) {
        return messaging.query(new ListRegisterYears(), ResponseTypes.multipleInstancesOf(Integer.class))
                .map(known -> {
                    TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
                    years.addAll(known);
                    years.add(thisYear());
                    years.add(year);
                    return List.copyOf(years);
                });
    }

    private static String link(String path, int year, InformationRequestStatus status) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("tahun", year);
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        return uri.toUriString();
    }

    /** This year by default; a year no register can hold is a bad request, not an empty page. */
    private int year(Integer tahun) {
        if (tahun == null) {
            return thisYear();
        }
        if (tahun < 2000 || tahun > 9999) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "tahun " + tahun);
        }
        return tahun;
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(calendar.zone())).getYear();
    }

    private enum Register {
        PERMOHONAN("permohonan", "register.request.heading", "register.other.request"),
        KEBERATAN("keberatan", "register.objection.heading", "register.other.objection");

        private final String path;
        private final String headingKey;
        private final String linkKey;

        Register(String path, String headingKey, String linkKey) {
            this.path = path;
            this.headingKey = headingKey;
            this.linkKey = linkKey;
        }

        Register other() {
            return this == PERMOHONAN ? KEBERATAN : PERMOHONAN;
        }
    }
}
