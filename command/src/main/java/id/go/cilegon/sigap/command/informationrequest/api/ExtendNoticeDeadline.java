package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The PPID extends the notice deadline by 7 hari kerja (UU KIP Pasal 22(8)). The written reasons are a legal
 * requirement, so a blank reason is refused by the case with a rule code rather than rejected here.
 */
public record ExtendNoticeDeadline(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String reason,
        OfficerId extendedBy) {

    public ExtendNoticeDeadline {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(extendedBy, "extendedBy");
    }
}
