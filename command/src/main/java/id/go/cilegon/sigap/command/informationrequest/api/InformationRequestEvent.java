package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;

/** Everything that can happen to an information request. */
public sealed interface InformationRequestEvent extends DomainEvent permits InformationRequestRegistered {

    InformationRequestId requestId();
}
