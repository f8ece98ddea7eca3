package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.InformationRequestProjection;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.Paging;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The officers' queue: open requests, the nearest written-notice deadline first, with hari kerja left, filterable by
 * status, unit and days left. A PPID Pelaksana sees only what was forwarded to their own unit.
 */
@Controller
class OfficerQueuePage {

    private final Messaging messaging;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;

    private final OfficerAccounts accounts;
    private final Units units;
    private final ReadModelVersions versions;
    /**
     * The queue pages last read, while the requests' read models stand still (ADR 0028): officers keep the queue open
     * and come back to it, and a page is found by reading every open request in the embedded store.
     */
    private final ReadModelVersions.Cache<ListOpenRequests, RequestQueue> queues = new ReadModelVersions.Cache<>(64);

    OfficerQueuePage(Messaging messaging, WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency,
            OfficerAccounts accounts, Units units, ReadModelVersions versions) {
        this.messaging = messaging;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
        this.accounts = accounts;
        this.units = units;
        this.versions = versions;
    }

    /**
     * Where an officer lands after logging in: the request queue; for an administrator (no case work) the units, for
     * a media officer the media issues.
     */
    @GetMapping("/petugas")
    Mono<String> home(ServerWebExchange exchange) {
        return exchange.getPrincipal().flatMap(principal -> accounts.officer(principal.getName()))
                .map(officer -> officer.roles().equals(Set.of(OfficerRole.ADMIN)) ? "redirect:/admin/unit"
                        : officer.roles().equals(Set.of(OfficerRole.PETUGAS_MEDIA)) ? "redirect:/petugas/isu"
                        : "redirect:/petugas/permohonan");
    }

    @GetMapping("/petugas/permohonan")
    Mono<String> queue(@ModelAttribute("filter") QueueFilter filter, Model model, ServerWebExchange exchange) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        int page = Paging.number(filter.halaman());
        return exchange.getPrincipal().flatMap(principal -> accounts.officer(principal.getName())).flatMap(who -> {
            boolean ownUnitOnly = who.has(OfficerRole.PPID_PELAKSANA) && !who.has(OfficerRole.PETUGAS_PPID);
            String ownUnit = ownUnitOnly && who.unit() != null ? who.unit().value() : null;
            Integer maxLeft = filter.workingDaysLeftOrNull();
            ListOpenRequests query = new ListOpenRequests(filter.numberOrNull(),
                    ownUnit != null ? ownUnit : filter.unitOrNull(),
                    filter.statusOrNull(), maxLeft == null ? null : calendar.latestDueWithin(today, maxLeft),
                    Paging.offset(page, Paging.OFFICER_PAGE), Paging.OFFICER_PAGE);
            // A PPID Pelaksana whose account has no unit yet has no requests to see.
            Mono<RequestQueue> queue = ownUnitOnly && ownUnit == null ? Mono.just(new RequestQueue(List.of(), 0))
                    : queues.get(query, versions.of(List.of(InformationRequestProjection.PROCESSING_GROUP)),
                            () -> messaging.query(query, ResponseTypes.instanceOf(RequestQueue.class)));
            return queue.publishOn(Schedulers.boundedElastic()).map(found -> {
                model.addAttribute("lines", found.requests().stream().map(request -> {
                    int left = calendar.workingDaysUntil(today, request.noticeDue());
                    return new QueueLine(request, left, urgency.of(left));
                }).toList());
                model.addAttribute("paging", Paging.of(page, Paging.OFFICER_PAGE, found.total(),
                        exchange.getRequest().getURI()));
                model.addAttribute("today", today);
                model.addAttribute("statuses", InformationRequestStatus.values());
                List<Units.Unit> known = units.all();
                model.addAttribute("units", known);
                model.addAttribute("unitNames", Units.Names.of(known).byCode());
                model.addAttribute("ownUnit", ownUnit);
                return "petugas/antrian";
            });
        });
    }

    record QueueLine(OpenRequest request, int workingDaysLeft, Urgency urgency) {
    }
}
