package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The requester files a <i>keberatan</i> to the Atasan PPID (UU KIP Pasal 35–36), as the <i>formulir keberatan</i>
 * records it. It counts as received when it is entered: an officer enters a written objection the day it arrives,
 * and the Atasan's 30 hari kerja count from then.
 *
 * @param caseSummary the <i>kasus posisi</i>: what happened and what the requester wants
 * @param proxy       the <i>kuasa</i> filing for the requester, or {@code null} when the requester files in person
 * @param enteredBy   the officer who entered an objection made at the desk or on paper; {@code null} when the
 *                    requester filed through their tracking code
 */
public record FileObjection(
        @TargetAggregateIdentifier InformationRequestId requestId,
        ObjectionGround ground,
        String caseSummary,
        PersonalData<Proxy> proxy,
        Channel channel,
        OfficerId enteredBy) {

    public FileObjection {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(channel, "channel");
        if (caseSummary == null || caseSummary.isBlank()) {
            throw new IllegalArgumentException("A keberatan needs its kasus posisi");
        }
    }
}
