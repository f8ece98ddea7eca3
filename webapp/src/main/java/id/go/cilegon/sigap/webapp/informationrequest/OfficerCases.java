package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.informationrequest.CaseActionForms.ActionForm;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officer's side of a case, shared by the case page and the officer API: who is acting, whether they may see
 * the case, and carrying out one action. An unknown request, or one a PPID Pelaksana was not given, is "not found";
 * an action of another role is "forbidden"; the state's rules are the aggregate's, whose refusal is passed on.
 */
@Component
class OfficerCases {

    private final OfficerAccounts accounts;
    private final RequestStatusLookup lookup;
    private final Messaging messaging;
    private final WorkingDayCalendar calendar;

    OfficerCases(OfficerAccounts accounts, RequestStatusLookup lookup, Messaging messaging,
            WorkingDayCalendar calendar) {
        this.accounts = accounts;
        this.lookup = lookup;
        this.messaging = messaging;
        this.calendar = calendar;
    }

    /** The logged-in officer; an administrator's account is not case work, so it is refused here. */
    Mono<Officer> officer(ServerWebExchange exchange) {
        return accounts.caseWorker(exchange);
    }

    /** The case file this officer may see, or "not found". */
    Mono<CaseFile> caseFile(String requestId, Officer officer) {
        return lookup.caseFile(requestId, file -> true)
                .flatMap(found -> Mono.justOrEmpty(found.filter(file -> OfficerCaseActions.mayOpen(file, officer))))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /**
     * The exemptions in force in the PPID's Daftar Informasi yang Dikecualikan, by number: a refusal can rest on the
     * consequence test already done for one of them (Perki 1/2021 Pasal 49(1)(a): a test before any request).
     */
    Mono<List<ListedInformationEntry>> exemptionsInForce() {
        return messaging.query(ListListedInformation.of(ListedInformationStatus.DIKECUALIKAN),
                ResponseTypes.multipleInstancesOf(ListedInformationEntry.class));
    }

    Mono<List<TimelineEntry>> timeline(CaseFile file) {
        return lookup.fullTimeline(file);
    }

    /**
     * Carries out {@code action} with {@code form} and answers the case file that shows it (after a bounded wait
     * for the read model). The role is checked first, then the case is looked up, and only then is the form read:
     * a case the officer may not open is a 404 whatever the form holds, and an invalid form (an error of
     * {@code form}) comes after that. A {@code RuleViolation} of the aggregate comes through as the error.
     */
    Mono<CaseFile> act(String requestId, CaseAction action, Mono<? extends ActionForm> form, Officer officer) {
        if (!officer.has(action.role())) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
        }
        return caseFile(requestId, officer).flatMap(before -> form.flatMap(valid -> messaging
                .send(valid.command(InformationRequestId.of(before.requestId()), officer, calendar.zone())))
                .then(lookup.caseFile(before.requestId(), file -> file.lastSequence() > before.lastSequence()))
                .map(Optional::orElseThrow));
    }
}
