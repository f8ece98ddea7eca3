package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;

/**
 * What happened to one request, oldest first, as a list of {@link TimelineEntry}.
 *
 * @param requesterView only the entries the requester may see (the citizen's status page)
 */
public record FindCaseTimeline(InformationRequestId requestId, boolean requesterView) {
}
