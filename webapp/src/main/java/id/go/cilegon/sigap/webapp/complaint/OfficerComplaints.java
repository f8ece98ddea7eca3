package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindSimilarComplaints;
import id.go.cilegon.sigap.query.complaint.api.SimilarComplaint;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
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
 * The officer's side of a complaint, shared by the case page and the officer API: who is acting, whether they may
 * open the complaint, and carrying out one action. A complaint the officer may not open is "not found"; an action
 * of another role, or a unit's action by an officer whose unit does not have the complaint, is "forbidden"; the
 * state's rules are the aggregate's, whose refusal is passed on.
 */
@Component
class OfficerComplaints {

    private final OfficerAccounts accounts;
    private final ComplaintLookup lookup;
    private final Messaging messaging;

    OfficerComplaints(OfficerAccounts accounts, ComplaintLookup lookup, Messaging messaging) {
        this.accounts = accounts;
        this.lookup = lookup;
        this.messaging = messaging;
    }

    /** The logged-in officer; an administrator's account is not case work, so it is refused here. */
    Mono<Officer> officer(ServerWebExchange exchange) {
        return accounts.caseWorker(exchange);
    }

    /** The complaint this officer may open, or "not found". */
    Mono<ComplaintFile> file(String complaintId, Officer officer) {
        if (!complaintId.matches("[A-Za-z0-9-]{1,64}")) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return lookup.byId(complaintId, file -> true)
                .flatMap(found -> Mono.justOrEmpty(found.filter(file -> ComplaintAction.mayOpen(officer, file))))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The complaint just registered at the desk, once the read model has it. */
    Mono<ComplaintFile> byCode(id.go.cilegon.sigap.webapp.shared.TrackingCode code) {
        return lookup.registered(code).flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    Mono<List<TimelineEntry>> timeline(ComplaintFile file) {
        return lookup.timeline(file.complaintId(), false);
    }

    /** Open complaints that may be the same, for the verifier deciding about a new one. */
    Mono<List<SimilarComplaint>> similar(ComplaintFile file) {
        return messaging.query(new FindSimilarComplaints(ComplaintId.of(file.complaintId())),
                ResponseTypes.multipleInstancesOf(SimilarComplaint.class));
    }

    /**
     * Carries out {@code action} and answers the complaint as it is after it (a bounded wait for the read model). A
     * {@code RuleViolation} of the aggregate comes through as the error.
     */
    Mono<ComplaintFile> act(String complaintId, ComplaintAction action, ComplaintActionForm form, Officer officer) {
        if (!officer.has(action.role()) || (action.role() == OfficerRole.PPID_PELAKSANA && officer.unit() == null)) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
        }
        return file(complaintId, officer).flatMap(before -> {
            if (action.role() == OfficerRole.PPID_PELAKSANA
                    && ComplaintAction.ownDisposition(officer, before).isEmpty()) {
                return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
            }
            return messaging.send(form.command(action, ComplaintId.of(before.complaintId()), officer))
                    .then(lookup.byId(before.complaintId(), file -> file.lastSequence() > before.lastSequence()))
                    .map(Optional::orElseThrow);
        });
    }
}
