package id.go.cilegon.sigap.command.mediaissue.api;

/**
 * Every code a refused media-issue command can carry in its
 * {@link id.go.cilegon.sigap.command.shared.api.RuleViolation}; stable, looked up for the officer's text.
 */
public final class MediaIssueRules {

    /** Closed, referred or merged: nothing more happens to it. */
    public static final String ISSUE_CLOSED = "media-issue.issue-closed";

    /** Clarification, drafting and referral come after triage. */
    public static final String NOT_TRIAGED = "media-issue.not-triaged";

    /** The unit was already asked and has not answered yet. */
    public static final String CLARIFICATION_PENDING = "media-issue.clarification-pending";

    /** The unit was not asked, or already answered. */
    public static final String NO_CLARIFICATION_PENDING = "media-issue.no-clarification-pending";

    /** A clarification is due after the moment it is asked. */
    public static final String DUE_NOT_IN_FUTURE = "media-issue.due-not-in-future";

    /** Drafting is over once the response went for approval. */
    public static final String NOT_DRAFTING = "media-issue.not-drafting";

    /** Nothing to send for approval. */
    public static final String NO_DRAFT = "media-issue.no-draft";

    /** Approval and rejection answer a draft sent for approval. */
    public static final String NOT_AWAITING_APPROVAL = "media-issue.not-awaiting-approval";

    /** Four eyes: the officer who wrote the draft does not approve it. */
    public static final String OWN_DRAFT = "media-issue.own-draft";

    /** Only an approved response is published. */
    public static final String NOT_APPROVED = "media-issue.not-approved";

    /** Monitoring follows publication. */
    public static final String NOT_PUBLISHED = "media-issue.not-published";

    /** An issue closes after its response is out, or after triage when it needs none. */
    public static final String NOT_CLOSABLE = "media-issue.not-closable";

    /** Merging and referral happen before the response is drafted. */
    public static final String TOO_LATE_TO_REDIRECT = "media-issue.too-late-to-redirect";

    /** An issue is not merged into itself. */
    public static final String MERGE_INTO_ITSELF = "media-issue.merge-into-itself";

    /** The issue to merge into is itself closed, referred or merged. */
    public static final String ORIGINAL_NOT_OPEN = "media-issue.original-not-open";

    /** A missed deadline is recorded only once its due date has passed. */
    public static final String DEADLINE_NOT_PASSED = "media-issue.deadline-not-passed";

    private MediaIssueRules() {
    }
}
