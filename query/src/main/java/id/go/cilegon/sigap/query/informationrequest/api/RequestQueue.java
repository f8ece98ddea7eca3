package id.go.cilegon.sigap.query.informationrequest.api;

import java.util.List;

/** One page of the officers' queue ({@link ListOpenRequests}) and how many requests the whole queue holds. */
public record RequestQueue(List<OpenRequest> requests, long total) {
}
