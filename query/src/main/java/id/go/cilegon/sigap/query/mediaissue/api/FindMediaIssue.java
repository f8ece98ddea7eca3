package id.go.cilegon.sigap.query.mediaissue.api;

/** The file of one media issue, if there is one. */
public record FindMediaIssue(String mediaIssueId) {
}
