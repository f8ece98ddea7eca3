package id.go.cilegon.sigap.command.informationrequest.api;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each Pasal 35(1) ground for a keberatan arises in one case (domain brief §1.7, K5): one rule, used by the
 * aggregate to accept a keberatan and by the read models to offer only the grounds that exist. Whether the
 * 30 hari kerja since then have run out is a matter of the calendar and today, so it is left to the caller.
 *
 * @param decision               the written notice's decision, or {@code null} before the notice
 * @param noticeSentAt           when the notice was sent, or {@code null}
 * @param noticeChargesSomething the notice asks a fee
 * @param notAnsweredInTime      the notice came late, or its deadline passed without one
 * @param noticeDueDayStart      the start of the notice's due date on the office's calendar: a ground about the
 *                               lateness arises then, counted like a receipt on that day
 * @param lastDeliveredAt        the latest hand-over of information, or {@code null}
 */
public record ObjectionGrounds(
        NoticeDecision decision,
        Instant noticeSentAt,
        boolean noticeChargesSomething,
        boolean notAnsweredInTime,
        boolean noticeLate,
        Instant noticeDueDayStart,
        Instant lastDeliveredAt) {

    /** When {@code ground} arose in this case, if it did. */
    public Optional<Instant> arose(ObjectionGround ground) {
        boolean noticed = decision != null;
        return switch (ground) {
            case A_PENOLAKAN_PASAL_17 -> noticed && decision.restsOnExemption()
                    ? Optional.of(noticeSentAt) : Optional.empty();
            case B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN, E_TIDAK_DIPENUHI ->
                    noticed && decision != NoticeDecision.DIKABULKAN_SELURUHNYA
                            ? Optional.of(noticeSentAt) : Optional.empty();
            case C_TIDAK_DITANGGAPI -> notAnsweredInTime ? Optional.of(noticeDueDayStart) : Optional.empty();
            // (d) arises again with each delivery, when the requester sees what they got.
            case D_TIDAK_SEBAGAIMANA_DIMINTA -> !noticed ? Optional.empty()
                    : Optional.of(lastDeliveredAt != null && lastDeliveredAt.isAfter(noticeSentAt)
                            ? lastDeliveredAt : noticeSentAt);
            case F_BIAYA_TIDAK_WAJAR -> noticed && noticeChargesSomething
                    ? Optional.of(noticeSentAt) : Optional.empty();
            case G_MELEBIHI_JANGKA_WAKTU -> noticeLate ? Optional.of(noticeDueDayStart) : Optional.empty();
        };
    }

    /** Every ground that has arisen, with its moment, in the order of Pasal 35(1). */
    public Map<ObjectionGround, Instant> arisen() {
        Map<ObjectionGround, Instant> arisen = new EnumMap<>(ObjectionGround.class);
        for (ObjectionGround ground : ObjectionGround.values()) {
            arose(ground).ifPresent(moment -> arisen.put(ground, moment));
        }
        return arisen;
    }
}
