package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssueTimeline;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueTimelineEntry;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officer's side of a media issue: who is acting, whether they may open the issue, and carrying out one action.
 * An issue the officer may not open is "not found"; an action the officer may not take is "forbidden"; the state's
 * rules are the aggregate's, whose refusal is passed on.
 */
@Component
class OfficerMediaIssues {

    private final OfficerAccounts accounts;
    private final Messaging messaging;

    OfficerMediaIssues(OfficerAccounts accounts, Messaging messaging) {
        this.accounts = accounts;
        this.messaging = messaging;
    }

    Mono<Officer> officer(ServerWebExchange exchange) {
        return accounts.caseWorker(exchange);
    }

    /**
     * The issue, for {@code action}: "not found" when this officer may not open it, "forbidden" when they may not
     * take the action on it (a unit's officer answering for another unit). Checked before the form is read.
     */
    Mono<MediaIssueFile> fileFor(String id, Officer officer, MediaIssueAction action) {
        return file(id, officer).flatMap(file -> action.permitted(officer, file) ? Mono.just(file)
                : Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }

    /** The issue this officer may open, or "not found". */
    Mono<MediaIssueFile> file(String id, Officer officer) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return find(id, file -> true)
                .flatMap(found -> Mono.justOrEmpty(found.filter(file -> MediaIssueAction.mayOpen(officer, file))))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The issue once the read model shows it as {@code ready} accepts, within the projection wait. */
    Mono<Optional<MediaIssueFile>> find(String id, Predicate<MediaIssueFile> ready) {
        return UntilProjected.once(() -> messaging.query(new FindMediaIssue(id),
                ResponseTypes.optionalInstanceOf(MediaIssueFile.class)), ready);
    }

    Mono<List<MediaIssueTimelineEntry>> timeline(MediaIssueFile file) {
        return messaging.query(new FindMediaIssueTimeline(file.mediaIssueId()),
                ResponseTypes.multipleInstancesOf(MediaIssueTimelineEntry.class));
    }

    /**
     * Sends {@code command} for an issue taken from {@link #fileFor} and answers the handler's result, if it has one,
     * once the read model has caught up with the act. A {@code RuleViolation} comes through as the error.
     */
    <R> Mono<Optional<R>> act(MediaIssueFile before, Object command) {
        return messaging.<R>send(command).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(result -> find(before.mediaIssueId(), file -> file.lastSequence() > before.lastSequence())
                        .thenReturn(result));
    }
}
