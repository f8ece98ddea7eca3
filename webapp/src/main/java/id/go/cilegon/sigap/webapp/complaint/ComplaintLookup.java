package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintTimeline;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds a complaint's case file by the citizen's tracking code or by id, waiting (boundedly) for the read model to
 * show an act just done, so a page never shows the state before it, or a complaint just registered.
 */
@Component
class ComplaintLookup {

    private final Messaging messaging;

    ComplaintLookup(Messaging messaging) {
        this.messaging = messaging;
    }

    /**
     * The complaint a tracking code opens, once it shows what {@code projected} expects (an act just done). A code
     * that opens no complaint is answered at once: waiting for one would give whoever types codes forty lookups for
     * each.
     */
    Mono<Optional<ComplaintFile>> byCode(TrackingCode code, Predicate<ComplaintFile> projected) {
        return find(code).flatMap(found -> found.isPresent() && !projected.test(found.get())
                ? UntilProjected.once(() -> find(code), projected) : Mono.just(found));
    }

    /** The complaint just registered under {@code code}, once the read model has it. */
    Mono<Optional<ComplaintFile>> registered(TrackingCode code) {
        return UntilProjected.once(() -> find(code), file -> true);
    }

    private Mono<Optional<ComplaintFile>> find(TrackingCode code) {
        return messaging.query(new FindComplaintByTrackingCode(code.hash()),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class));
    }

    Mono<Optional<ComplaintFile>> byId(String complaintId, Predicate<ComplaintFile> projected) {
        return UntilProjected.once(() -> messaging.query(new FindComplaint(ComplaintId.of(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)), projected);
    }

    Mono<List<TimelineEntry>> timeline(String complaintId, boolean complainantView) {
        return messaging.query(new FindComplaintTimeline(ComplaintId.of(complaintId), complainantView),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class));
    }
}
