package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The officers' queue: open requests, the nearest written-notice deadline first, with hari kerja left, each line
 * leading to its case page. It can be narrowed down by status, by unit and to the requests with at most so many hari
 * kerja left. A PPID Pelaksana works only on what was forwarded to their own unit, so that is all their queue shows.
 */
@Controller
class OfficerQueuePage {

    /** Closed and withdrawn requests leave the queue, so they are not offered as a filter. */
    private static final List<InformationRequestStatus> QUEUED_STATUSES = Arrays.stream(
                    InformationRequestStatus.values())
            .filter(status -> status != InformationRequestStatus.SELESAI)
            .filter(status -> status != InformationRequestStatus.DIBATALKAN)
            .toList();

    /** {@link #QUEUED_STATUSES} by name, or blank. */
    private static final String QUEUED_STATUS_NAMES = "|DITERIMA|MENUNGGU_KELENGKAPAN|DIPROSES|DIPERPANJANG"
            + "|DIKABULKAN_SELURUHNYA|DIKABULKAN_SEBAGIAN|DITOLAK_DIKECUALIKAN|DITOLAK_BELUM_DIKUASAI"
            + "|DITOLAK_BELUM_DIDOKUMENTASIKAN|TIDAK_DIKUASAI_DIARAHKAN|INFORMASI_DISERAHKAN|KEBERATAN_DIAJUKAN"
            + "|DITERIMA_ATASAN|DITOLAK_ATASAN|SELESAI_MUSYAWARAH|SENGKETA_DIAJUKAN";

    private final Messaging messaging;
    private final OfficerAccounts accounts;
    private final Units units;
    private final FieldMessages messages;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;

    OfficerQueuePage(Messaging messaging, OfficerAccounts accounts, Units units, FieldMessages messages,
            WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency) {
        this.messaging = messaging;
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
    }

    /**
     * The queue's filters as the officer chose them; blank means "any". Every field is text, so a value that is not
     * one of ours is a message beside its field, never a binding failure.
     *
     * @param sisa at most this many hari kerja left before the written notice is due (0: due today or overdue)
     */
    record QueueFilter(
            @Pattern(regexp = QUEUED_STATUS_NAMES) String status,
            @Pattern(regexp = "|[A-Z0-9-]{2,20}") String unit,
            @Pattern(regexp = "|[0-9]{1,2}") String sisa) {

        /** Public for the template. */
        public boolean narrowed() {
            return !isBlank(status) || !isBlank(unit) || !isBlank(sisa);
        }
    }

    @GetMapping("/petugas")
    String home() {
        return "redirect:/petugas/permohonan";
    }

    @GetMapping("/petugas/permohonan")
    Mono<String> queue(@Valid @ModelAttribute("filter") QueueFilter filter, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        InformationRequestStatus status = errors.hasFieldErrors("status") || isBlank(filter.status()) ? null
                : InformationRequestStatus.valueOf(filter.status());
        if (errors.hasErrors()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("errors", messages.byField(errors, exchange.getLocaleContext().getLocale()));
        Integer maxDaysLeft = errors.hasFieldErrors("sisa") || isBlank(filter.sisa()) ? null
                : Integer.valueOf(filter.sisa());
        return exchange.getPrincipal().map(Principal::getName).flatMap(accounts::officer)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .flatMap(officer -> {
                    boolean ownUnitOnly = ownUnitOnly(officer);
                    UnitId unit = ownUnitOnly ? officer.unit()
                            : errors.hasFieldErrors("unit") || isBlank(filter.unit()) ? null : UnitId.of(filter.unit());
                    Mono<List<OpenRequest>> open = ownUnitOnly && unit == null ? Mono.just(List.of())
                            : messaging.query(new ListOpenRequests(status, unit),
                                    ResponseTypes.multipleInstancesOf(OpenRequest.class));
                    return open.zipWith(unitNames()).map(found -> {
                        show(model, found.getT1(), found.getT2(), maxDaysLeft);
                        model.addAttribute("ownUnitOnly", ownUnitOnly);
                        model.addAttribute("ownUnit", unit == null ? null
                                : found.getT2().getOrDefault(unit.value(), unit.value()));
                        return "petugas/antrian";
                    });
                });
    }

    /** A PPID Pelaksana who is nothing else sees only their unit's requests; the PPID's staff see every one. */
    static boolean ownUnitOnly(Officer officer) {
        return officer.has(OfficerRole.PPID_PELAKSANA) && !officer.has(OfficerRole.PETUGAS_PPID)
                && !officer.has(OfficerRole.ATASAN_PPID) && !officer.has(OfficerRole.SUPERVISOR)
                && !officer.has(OfficerRole.ADMIN);
    }

    private void show(Model model, List<OpenRequest> open, Map<String, String> unitNames, Integer maxDaysLeft) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<QueueLine> lines = open.stream().map(request -> {
            int left = calendar.workingDaysUntil(today, request.noticeDue());
            String unitName = request.forwardedTo() == null ? null
                    : unitNames.getOrDefault(request.forwardedTo().value(), request.forwardedTo().value());
            return new QueueLine(request, left, urgency.of(left), unitName);
        }).filter(line -> maxDaysLeft == null
                || (!line.request().noticeSent() && line.workingDaysLeft() <= maxDaysLeft)).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("today", today);
        model.addAttribute("statuses", QUEUED_STATUSES);
        model.addAttribute("units", unitNames);
    }

    /** Code → name of every unit, inactive ones included: requests forwarded before a unit closed stay queued. */
    private Mono<Map<String, String>> unitNames() {
        return Mono.<Map<String, String>>fromCallable(() -> units.all().stream().collect(Collectors.toMap(
                        Units.Unit::code, Units.Unit::name, (one, other) -> one, LinkedHashMap::new)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** @param unitName the name of the unit the request was forwarded to, or null while it has not been */
    record QueueLine(OpenRequest request, int workingDaysLeft, Urgency urgency, String unitName) {
    }
}
