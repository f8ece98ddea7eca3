package id.go.cilegon.sigap.query.mediaissue.api;

/** Everything that happened to one media issue, oldest first. */
public record FindMediaIssueTimeline(String mediaIssueId) {
}
