package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The PPID sends the <i>pemberitahuan tertulis</i>, the decision on the request (UU KIP Pasal 22(7)). */
public record SendWrittenNotice(
        @TargetAggregateIdentifier InformationRequestId requestId,
        WrittenNotice notice,
        OfficerId sentBy) {

    public SendWrittenNotice {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(notice.decision(), "notice.decision");
        Objects.requireNonNull(notice.templateVersion(), "notice.templateVersion");
        Objects.requireNonNull(sentBy, "sentBy");
    }
}
