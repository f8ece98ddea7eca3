package id.go.cilegon.sigap.query.complaint.api;

import java.util.List;

/** One page of a complaint queue ({@link ListComplaintQueue}) and how many complaints the whole queue holds. */
public record ComplaintQueue(List<QueueItem> items, long total) {
}
