package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;

/** Everything that can happen to a piece of information in the PPID's lists. */
public sealed interface ListedInformationEvent extends DomainEvent permits
        InformationListed,
        ListedInformationUpdated,
        InformationExempted,
        ExemptionReviewDue,
        ExemptionLifted,
        ExemptionEnded,
        ListedInformationWithdrawn {

    ListedInformationId listedInformationId();
}
