package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turn the issue into the case it really is, registered with its own number and a tracking code the officer hands
 * to whoever will follow it. The target's fields: for {@link ReferralKind#PENGADUAN} {@code category} and
 * {@code location}; for {@link ReferralKind#PERMOHONAN} the journalist as {@code requester}, what they ask for and
 * why ({@code purpose}, may be {@code null}).
 */
public record ReferMediaIssue(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        ReferralKind kind,
        ComplaintCategory category,
        Location location,
        PersonalData<Requester> requester,
        String informationRequested,
        String purpose,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        String explanation,
        String trackingCodeHash,
        OfficerId referredBy) {

    public ReferMediaIssue {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trackingCodeHash, "trackingCodeHash");
        Objects.requireNonNull(referredBy, "referredBy");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("A referral says why");
        }
        boolean complete = kind == ReferralKind.PENGADUAN
                ? category != null && location != null
                : requester != null && informationRequested != null && !informationRequested.isBlank()
                        && obtainMethod != null && deliveryMethod != null;
        if (!complete) {
            throw new IllegalArgumentException("A referral to " + kind + " lacks the fields that case needs");
        }
    }
}
