package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseTimeline;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds a request's public status and, through it, the case file the citizen's page is built from. Right after
 * registering or acting, the read models may trail the event store by a few milliseconds; a citizen who has just
 * been given a number, or has just answered, must not be told "not found" or be shown the page before their act,
 * so those lookups are repeated a bounded number of times until the read model shows the act.
 */
@Component
public class RequestStatusLookup {

    private final Messaging messaging;

    RequestStatusLookup(Messaging messaging) {
        this.messaging = messaging;
    }

    public Mono<Optional<RequestStatus>> find(TrackingCode code) {
        return messaging.query(new FindRequestStatus(code.hash()), ResponseTypes.optionalInstanceOf(RequestStatus.class));
    }

    Mono<Optional<RequestStatus>> findJustRegistered(TrackingCode code) {
        return once(() -> find(code), status -> true);
    }

    /** After an act, the page shows the status that act produced rather than the one before it. */
    Mono<Optional<RequestStatus>> findOnceStatusIs(TrackingCode code, InformationRequestStatus expected) {
        return once(() -> find(code), status -> status.status() == expected);
    }

    /**
     * The case file of the request {@code status} found, once it shows what {@code projected} expects (the act
     * just done, or merely that it exists); after the last try, whatever the read model holds then.
     */
    Mono<Optional<CaseFile>> caseFile(Mono<Optional<RequestStatus>> status, Predicate<CaseFile> projected) {
        return status.flatMap(found -> found.isEmpty() ? Mono.just(Optional.<CaseFile>empty())
                : once(() -> caseFile(found.get().requestId()), projected));
    }

    /**
     * What happened to the request, oldest first, as the requester may see it, up to the event {@code file} last
     * applied: the projection writes the case file just before the timeline, so the whole timeline is read to see
     * whether it has caught up, and only then narrowed to the requester's view.
     */
    Mono<List<TimelineEntry>> timeline(CaseFile file) {
        return fullTimeline(file).map(entries -> entries.stream().filter(TimelineEntry::visibleToRequester).toList());
    }

    /** Everything that happened to the request, as officers see it, up to the event {@code file} last applied. */
    Mono<List<TimelineEntry>> fullTimeline(CaseFile file) {
        Supplier<Mono<Optional<List<TimelineEntry>>>> everything = () -> messaging
                .query(new FindCaseTimeline(InformationRequestId.of(file.requestId()), false),
                        ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .map(Optional::of);
        return once(everything, entries -> entries.stream()
                        .anyMatch(entry -> entry.sequence() >= file.lastSequence()))
                .map(entries -> entries.orElse(List.of()));
    }

    /** The case file of a request by its id, once it shows what {@code projected} expects (see above). */
    Mono<Optional<CaseFile>> caseFile(String requestId, Predicate<CaseFile> projected) {
        return once(() -> caseFile(requestId), projected);
    }

    private Mono<Optional<CaseFile>> caseFile(String requestId) {
        return messaging.query(new FindCaseFile(InformationRequestId.of(requestId)),
                ResponseTypes.optionalInstanceOf(CaseFile.class));
    }

    private static <T> Mono<Optional<T>> once(Supplier<Mono<Optional<T>>> lookup, Predicate<T> projected) {
        return UntilProjected.once(lookup, projected);
    }
}
