package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;

/** Everything that can happen to a complaint. */
public sealed interface ComplaintEvent extends DomainEvent permits
        ComplaintRegistered,
        ComplainantAsked,
        ComplainantAnswered,
        ComplaintVerified,
        ComplaintRejected,
        ComplaintMerged,
        DuplicateAttached,
        ComplaintConverted,
        ComplaintDisposed,
        DispositionAccepted,
        DispositionReturned,
        ProgressRecorded,
        ComplaintAnswered,
        VerdictGiven,
        ComplaintReopened,
        ComplaintClosed,
        VerificationDeadlineMissed,
        FollowUpDeadlineMissed,
        ComplaintAssigned,
        ComplaintEscalated {

    ComplaintId complaintId();
}
