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
 * show an act just done, so a page never shows the state before it.
 */
@Component
class ComplaintLookup {

    private final Messaging messaging;

    ComplaintLookup(Messaging messaging) {
        this.messaging = messaging;
    }

    Mono<Optional<ComplaintFile>> byCode(TrackingCode code, Predicate<ComplaintFile> projected) {
        return UntilProjected.once(() -> messaging.query(new FindComplaintByTrackingCode(code.hash()),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)), projected);
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
