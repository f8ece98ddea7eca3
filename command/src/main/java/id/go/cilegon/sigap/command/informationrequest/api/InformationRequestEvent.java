package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;

/** Everything that can happen to an information request, its keberatan and its sengketa included. */
public sealed interface InformationRequestEvent extends DomainEvent permits
        InformationRequestRegistered,
        ClarificationRequested,
        ClarificationProvided,
        InformationRequestForwarded,
        UnitInputRecorded,
        NoticeDeadlineExtended,
        WrittenNoticeSent,
        InformationDelivered,
        DocumentReleased,
        ReleasedDocumentWithdrawn,
        InformationRequestClosed,
        InformationRequestWithdrawn,
        NoticeDeadlineMissed,
        ObjectionFiled,
        ObjectionAnswered,
        ObjectionAnswerDeadlineMissed,
        DisputeFiled,
        DisputeStageRecorded,
        InformationRequestAssigned,
        InformationRequestEscalated {

    InformationRequestId requestId();
}
