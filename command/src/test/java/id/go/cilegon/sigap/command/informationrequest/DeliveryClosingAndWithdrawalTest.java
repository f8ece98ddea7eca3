package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.RINA_RECEIVED;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationRequested;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.closed;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.delivered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.disputeFiled;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.objectionAnswered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.objectionFiled;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.partlyGranted;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.refusedAsExempt;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.stageRecorded;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;

import id.go.cilegon.sigap.command.informationrequest.api.CloseInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawInformationRequest;
import id.go.cilegon.sigap.command.shared.api.Channel;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The end of the request stage: the tanda bukti penyerahan, closing by the PPID, withdrawal by the requester. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeliveryClosingAndWithdrawalTest {

    private static final Instant NOTICE = wib(2026, 4, 1, 10, 0);
    /** Thu 2 Apr 2026, 14:00 WIB: the requester collects the copy. */
    private static final Instant HANDED_OVER = wib(2026, 4, 2, 14, 0);
    private static final Instant NOW = wib(2026, 4, 6, 10, 0);

    private static RecordDelivery delivery(Instant deliveredAt) {
        return new RecordDelivery(ID, deliveredAt, DeliveryMethod.DIAMBIL_LANGSUNG, RINA_RECEIVED, PPID);
    }

    private static CloseInformationRequest close() {
        return new CloseInformationRequest(ID, PPID);
    }

    private static WithdrawInformationRequest withdrawOnline() {
        return new WithdrawInformationRequest(ID, "Sudah tidak diperlukan", Channel.WEB, null);
    }

    @Nested
    class Recording_the_delivery {

        @Test
        void records_who_received_the_granted_information_when_and_how() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(delivery(HANDED_OVER))
                    .expectEvents(new InformationDelivered(ID, HANDED_OVER, DeliveryMethod.DIAMBIL_LANGSUNG,
                            RINA_RECEIVED, PPID, NOW));
        }

        @Test
        void is_possible_for_a_partial_grant() {
            at(NOW).given(registered(), noticeSent(partlyGranted(), NOTICE))
                    .when(delivery(HANDED_OVER))
                    .expectEvents(new InformationDelivered(ID, HANDED_OVER, DeliveryMethod.DIAMBIL_LANGSUNG,
                            RINA_RECEIVED, PPID, NOW));
        }

        @Test
        void is_refused_when_the_notice_refused_the_request() {
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(delivery(HANDED_OVER))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_TO_DELIVER));
        }

        @Test
        void is_refused_before_any_notice() {
            at(NOW).given(registered())
                    .when(delivery(HANDED_OVER))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_TO_DELIVER));
        }

        @Test
        void is_refused_the_second_time() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE), delivered(HANDED_OVER))
                    .when(delivery(HANDED_OVER))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_TO_DELIVER));
        }

        @Test
        void is_refused_with_a_delivery_time_in_the_future() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(delivery(wib(2026, 4, 7, 10, 0)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DATE_IN_THE_FUTURE));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE), withdrawn(HANDED_OVER))
                    .when(delivery(HANDED_OVER))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }

    @Nested
    class Closing {

        @Test
        void follows_the_delivery_of_granted_information() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE), delivered(HANDED_OVER))
                    .when(close())
                    .expectEvents(new InformationRequestClosed(ID, PPID, NOW));
        }

        @Test
        void follows_a_refusal_directly_because_nothing_is_to_be_delivered() {
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(close())
                    .expectEvents(new InformationRequestClosed(ID, PPID, NOW));
        }

        @Test
        void twice_changes_nothing() {
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE), closed(HANDED_OVER))
                    .when(close())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_refused_without_a_notice() {
            at(NOW).given(registered())
                    .when(close())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLOSING_WITHOUT_NOTICE));
        }

        @Test
        void is_refused_before_granted_information_was_handed_over() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(close())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLOSING_BEFORE_DELIVERY));
        }

        @Test
        void is_refused_while_a_keberatan_waits_for_the_atasan() {
            Instant filed = wib(2026, 4, 6, 9, 0);
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 4, 1), filed))
                    .when(close())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLOSING_DURING_OBJECTION));
        }

        @Test
        void is_refused_while_a_sengketa_is_at_the_komisi_informasi() {
            at(wib(2026, 5, 20, 10, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 4, 1),
                                    wib(2026, 4, 6, 9, 0)),
                            objectionAnswered(ObjectionOutcome.REJECTED, wib(2026, 5, 4, 10, 0), false),
                            disputeFiled(LocalDate.of(2026, 5, 11)),
                            stageRecorded(DisputeStage.MEDIASI, LocalDate.of(2026, 5, 18)))
                    .when(close())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLOSING_DURING_DISPUTE));
        }

        @Test
        void is_possible_once_the_sengketa_reached_a_final_stage() {
            Instant now = wib(2026, 5, 27, 10, 0);
            at(now).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 4, 1),
                                    wib(2026, 4, 6, 9, 0)),
                            objectionAnswered(ObjectionOutcome.REJECTED, wib(2026, 5, 4, 10, 0), false),
                            disputeFiled(LocalDate.of(2026, 5, 11)),
                            stageRecorded(DisputeStage.MEDIASI, LocalDate.of(2026, 5, 18)),
                            stageRecorded(DisputeStage.MEDIASI_BERHASIL, LocalDate.of(2026, 5, 25)))
                    .when(close())
                    .expectEvents(new InformationRequestClosed(ID, PPID, now));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(NOW).given(registered(), withdrawn(HANDED_OVER))
                    .when(close())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void is_done_by_the_requester_through_the_tracking_code() {
            at(NOW).given(registered())
                    .when(withdrawOnline())
                    .expectEvents(new InformationRequestWithdrawn(ID, "Sudah tidak diperlukan", Channel.WEB, null,
                            NOW));
        }

        @Test
        void at_the_desk_names_the_officer_who_entered_it() {
            at(NOW).given(registered())
                    .when(new WithdrawInformationRequest(ID, null, Channel.DATANG_LANGSUNG, PPID))
                    .expectEvents(new InformationRequestWithdrawn(ID, null, Channel.DATANG_LANGSUNG, PPID, NOW));
        }

        @Test
        void is_possible_while_the_ppid_waits_for_a_clarification() {
            at(NOW).given(registered(), clarificationRequested(wib(2026, 3, 17, 10, 0)))
                    .when(withdrawOnline())
                    .expectEvents(new InformationRequestWithdrawn(ID, "Sudah tidak diperlukan", Channel.WEB, null,
                            NOW));
        }

        @Test
        void is_possible_after_the_notice_until_the_request_is_closed() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(withdrawOnline())
                    .expectEvents(new InformationRequestWithdrawn(ID, "Sudah tidak diperlukan", Channel.WEB, null,
                            NOW));
        }

        @Test
        void twice_changes_nothing() {
            at(NOW).given(registered(), withdrawn(HANDED_OVER))
                    .when(withdrawOnline())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_refused_after_closing() {
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE), closed(HANDED_OVER))
                    .when(withdrawOnline())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.WITHDRAWAL_AFTER_CLOSING));
        }

        @Test
        void is_refused_once_a_keberatan_was_filed() {
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 4, 1),
                                    wib(2026, 4, 6, 9, 0)))
                    .when(withdrawOnline())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.WITHDRAWAL_AFTER_OBJECTION));
        }
    }
}
