package id.go.cilegon.sigap.query.mediaissue.api;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to a media issue. {@code event} is the event's simple class name; {@code details} holds
 * display values as text (dates ISO, enums by name), the keys being the event's own field names.
 *
 * @param actor the officer's user name, or {@code null} when Sigap recorded it
 */
public record MediaIssueTimelineEntry(String event, Instant at, String actor, Map<String, String> details) {
}
