package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;

/** Everything that can happen to a media issue. */
public sealed interface MediaIssueEvent extends DomainEvent permits
        MediaIssueLogged,
        MediaIssueTriaged,
        UnitClarificationRequested,
        UnitClarificationReceived,
        MediaResponseDrafted,
        MediaResponseSubmitted,
        MediaResponseApproved,
        MediaResponseRejected,
        MediaResponsePublished,
        MonitoringNoted,
        MediaIssueClosed,
        MediaIssueMerged,
        MediaDuplicateAttached,
        MediaIssueReferred,
        MediaIssueAssigned,
        MediaDeadlineMissed {

    MediaIssueId mediaIssueId();
}
