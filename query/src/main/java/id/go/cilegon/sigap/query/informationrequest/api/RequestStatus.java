package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * What the citizen's status page shows: no personal data, since anyone holding the tracking code sees it.
 * {@code requestId} lets the page act on the request; it is never shown.
 */
public record RequestStatus(
        String requestId,
        String registrationNumber,
        InformationRequestStatus status,
        Channel channel,
        Instant receivedAt,
        String informationRequested,
        Deadline noticeDeadline) {
}
