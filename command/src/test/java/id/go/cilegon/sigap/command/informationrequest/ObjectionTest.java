package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ATASAN;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.CALENDAR;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.RINA_RECEIVED;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.delivered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.notHeld;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeDeadlineMissed;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.objectionAnswered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.objectionFiled;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.partlyGranted;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.refusedAsExempt;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.CaseFile.InMemoryRegisters;
import id.go.cilegon.sigap.command.informationrequest.api.AnswerObjection;
import id.go.cilegon.sigap.command.informationrequest.api.CloseInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.RecordObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The keberatan to the Atasan PPID (UU KIP Pasal 35–36): filed within 30 hari kerja of its ground, answered
 * within 30 hari kerja of receipt. The refusal notice of these cases went out Wed 1 Apr 2026, so a keberatan on
 * it is due by Tue 19 May 2026 (2 Apr, then 6 Apr onwards; 3 Apr, 1 May, 14–15 May are not counted).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ObjectionTest {

    private static final Instant NOTICE = wib(2026, 4, 1, 10, 0);
    private static final LocalDate NOTICE_DAY = LocalDate.of(2026, 4, 1);
    private static final LocalDate DUE_DATE = LocalDate.of(2026, 4, 7);
    /** Mon 4 May 2026, 10:00 WIB. */
    private static final Instant FILED = wib(2026, 5, 4, 10, 0);
    /** Mon 8 Jun 2026, 10:00 WIB. */
    private static final Instant ANSWERED = wib(2026, 6, 8, 10, 0);

    private static FileObjection online(ObjectionGround ground) {
        return new FileObjection(ID, ground, "Informasi tidak diberikan", null, Channel.WEB, null);
    }

    private static ObjectionFiled filedOnline(ObjectionGround ground, LocalDate groundAroseOn, Instant at) {
        return new ObjectionFiled(ID, ObjectionNumber.of(2026, 1), ground, "Informasi tidak diberikan", null,
                Channel.WEB, null, at, groundAroseOn, CALENDAR.workingDaysAfter(at, 30));
    }

    @Nested
    class Filing_a_keberatan {

        @Test
        void registers_it_with_its_own_number_and_the_atasans_answer_due_in_thirty_hari_kerja() {
            // From Mon 4 May: 14–15 May, 27–28 May, 1 Jun and 16 Jun are not counted; day 30 is Tue 23 Jun.
            Deadline answerDue = CALENDAR.workingDaysAfter(FILED, 30);
            assertThat(answerDue.dueDate()).isEqualTo(LocalDate.of(2026, 6, 23));
            InMemoryRegisters registers = new InMemoryRegisters();
            registers.issued.put("KEBERATAN/2026", 6L);

            at(FILED, registers).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectEvents(new ObjectionFiled(ID, ObjectionNumber.parse("KEBERATAN/2026/000007"),
                            ObjectionGround.A_PENOLAKAN_PASAL_17, "Informasi tidak diberikan", null, Channel.WEB,
                            null, FILED, NOTICE_DAY, answerDue));
        }

        @Test
        void by_a_proxy_at_the_desk_records_the_proxy_the_channel_and_the_officer() {
            PersonalData<Proxy> proxy = PersonalData.of(DataSubjectId.of("subject-2"), new Proxy("Budi Santoso",
                    "3672010101850003", "Jl. Sultan Ageng Tirtayasa 5", "081298765432", null,
                    "Surat kuasa khusus 12/SK/IV/2026"));
            at(FILED).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(new FileObjection(ID, ObjectionGround.A_PENOLAKAN_PASAL_17, "Informasi tidak diberikan",
                            proxy, Channel.DATANG_LANGSUNG, PPID))
                    .expectEvents(new ObjectionFiled(ID, ObjectionNumber.parse("KEBERATAN/2026/000001"),
                            ObjectionGround.A_PENOLAKAN_PASAL_17, "Informasi tidak diberikan", proxy,
                            Channel.DATANG_LANGSUNG, PPID, FILED, NOTICE_DAY, CALENDAR.workingDaysAfter(FILED, 30)));
        }

        @Test
        void is_accepted_on_the_last_day_of_the_thirty_hari_kerja() {
            Instant lastDay = wib(2026, 5, 19, 15, 0);
            at(lastDay).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectEvents(filedOnline(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, lastDay));
        }

        @Test
        void is_refused_after_the_thirty_hari_kerja() {
            at(wib(2026, 5, 20, 10, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_OUTSIDE_WINDOW));
        }

        @Test
        void is_refused_after_office_hours_on_the_last_day_because_it_counts_as_received_the_next_day() {
            at(wib(2026, 5, 19, 16, 30)).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_OUTSIDE_WINDOW));
        }

        @Test
        void takes_no_number_when_refused() {
            InMemoryRegisters registers = new InMemoryRegisters();
            at(wib(2026, 5, 20, 10, 0), registers).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_OUTSIDE_WINDOW));

            assertThat(registers.issued).isEmpty();
        }

        @Test
        void on_an_exemption_is_refused_when_the_information_was_granted_in_full() {
            at(FILED).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void on_an_exemption_is_refused_before_any_notice() {
            at(wib(2026, 4, 2, 10, 0)).given(registered())
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void on_an_exemption_is_accepted_after_a_partial_grant() {
            at(FILED).given(registered(), noticeSent(partlyGranted(), NOTICE))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectEvents(filedOnline(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED));
        }

        @Test
        void for_periodic_information_not_provided_is_accepted_after_a_notice_that_does_not_grant_in_full() {
            at(FILED).given(registered(), noticeSent(partlyGranted(), NOTICE))
                    .when(online(ObjectionGround.B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN))
                    .expectEvents(filedOnline(ObjectionGround.B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN, NOTICE_DAY,
                            FILED));
        }

        @Test
        void not_fulfilled_is_accepted_after_a_refusal_for_information_not_held() {
            at(FILED).given(registered(), noticeSent(notHeld(NoticeDecision.DITOLAK_BELUM_DIKUASAI, null), NOTICE))
                    .when(online(ObjectionGround.E_TIDAK_DIPENUHI))
                    .expectEvents(filedOnline(ObjectionGround.E_TIDAK_DIPENUHI, NOTICE_DAY, FILED));
        }

        @Test
        void not_fulfilled_is_refused_when_the_information_was_granted_in_full() {
            at(FILED).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(online(ObjectionGround.E_TIDAK_DIPENUHI))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void not_responded_to_is_accepted_once_the_due_date_passed_without_a_notice_before_the_breach_is_recorded() {
            Instant nextMorning = wib(2026, 4, 8, 10, 0);
            at(nextMorning).given(registered())
                    .when(online(ObjectionGround.C_TIDAK_DITANGGAPI))
                    .expectEvents(filedOnline(ObjectionGround.C_TIDAK_DITANGGAPI, DUE_DATE, nextMorning));
        }

        @Test
        void not_responded_to_is_counted_from_the_due_date_and_accepted_on_the_last_day() {
            // From Tue 7 Apr: 3 Apr is already behind; 1 May and 14–15 May are not counted; day 30 is Fri 22 May.
            assertThat(CALENDAR.workingDaysAfter(DUE_DATE.atStartOfDay(CaseFile.WIB).toInstant(), 30).dueDate())
                    .isEqualTo(LocalDate.of(2026, 5, 22));
            Instant lastDay = wib(2026, 5, 22, 10, 0);
            at(lastDay).given(registered(), noticeDeadlineMissed(wib(2026, 4, 8, 0, 5)))
                    .when(online(ObjectionGround.C_TIDAK_DITANGGAPI))
                    .expectEvents(filedOnline(ObjectionGround.C_TIDAK_DITANGGAPI, DUE_DATE, lastDay));
        }

        @Test
        void not_responded_to_is_refused_after_thirty_hari_kerja_from_the_due_date() {
            at(wib(2026, 5, 25, 10, 0)).given(registered(), noticeDeadlineMissed(wib(2026, 4, 8, 0, 5)))
                    .when(online(ObjectionGround.C_TIDAK_DITANGGAPI))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_OUTSIDE_WINDOW));
        }

        @Test
        void not_responded_to_is_refused_on_the_due_date_itself() {
            at(wib(2026, 4, 7, 14, 0)).given(registered())
                    .when(online(ObjectionGround.C_TIDAK_DITANGGAPI))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void not_responded_to_is_refused_after_a_notice_sent_on_time() {
            at(FILED).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(online(ObjectionGround.C_TIDAK_DITANGGAPI))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void not_responded_to_is_accepted_after_a_late_notice() {
            at(FILED).given(registered(), noticeSent(grantedInFull(), wib(2026, 4, 9, 10, 0)))
                    .when(online(ObjectionGround.C_TIDAK_DITANGGAPI))
                    .expectEvents(filedOnline(ObjectionGround.C_TIDAK_DITANGGAPI, DUE_DATE, FILED));
        }

        @Test
        void given_too_late_is_accepted_after_a_late_notice_counted_from_the_due_date() {
            at(FILED).given(registered(), noticeSent(grantedInFull(), wib(2026, 4, 9, 10, 0)))
                    .when(online(ObjectionGround.G_MELEBIHI_JANGKA_WAKTU))
                    .expectEvents(filedOnline(ObjectionGround.G_MELEBIHI_JANGKA_WAKTU, DUE_DATE, FILED));
        }

        @Test
        void given_too_late_is_refused_after_a_notice_sent_on_time() {
            at(FILED).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(online(ObjectionGround.G_MELEBIHI_JANGKA_WAKTU))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void about_charges_is_accepted_when_the_notice_charges_something() {
            at(FILED).given(registered(), noticeSent(grantedInFull(new Cost(150_000, "Transfer ke kas daerah")),
                            NOTICE))
                    .when(online(ObjectionGround.F_BIAYA_TIDAK_WAJAR))
                    .expectEvents(filedOnline(ObjectionGround.F_BIAYA_TIDAK_WAJAR, NOTICE_DAY, FILED));
        }

        @Test
        void about_charges_is_refused_when_nothing_is_charged() {
            at(FILED).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(online(ObjectionGround.F_BIAYA_TIDAK_WAJAR))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE));
        }

        @Test
        void not_as_asked_is_counted_from_the_delivery_when_the_requester_saw_the_answer() {
            // Notice Wed 1 Apr (window to 19 May), copy handed over Fri 15 May: 30 hari kerja from then is Fri 3 Jul.
            Instant handedOver = wib(2026, 5, 15, 10, 0);
            assertThat(CALENDAR.workingDaysAfter(handedOver, 30).dueDate()).isEqualTo(LocalDate.of(2026, 7, 3));
            Instant june = wib(2026, 6, 2, 10, 0);
            at(june).given(registered(), noticeSent(grantedInFull(), NOTICE), delivered(handedOver))
                    .when(online(ObjectionGround.D_TIDAK_SEBAGAIMANA_DIMINTA))
                    .expectEvents(filedOnline(ObjectionGround.D_TIDAK_SEBAGAIMANA_DIMINTA,
                            LocalDate.of(2026, 5, 15), june));
        }

        @Test
        void is_refused_while_another_keberatan_waits_for_the_atasan() {
            at(wib(2026, 5, 5, 10, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(online(ObjectionGround.E_TIDAK_DIPENUHI))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_ALREADY_OPEN));
        }

        @Test
        void is_accepted_again_on_another_ground_once_the_first_was_answered() {
            // A partial grant sent Fri 8 May: its 30 hari kerja run to Mon 29 Jun.
            Instant notice = wib(2026, 5, 8, 10, 0);
            assertThat(CALENDAR.workingDaysAfter(notice, 30).dueDate()).isEqualTo(LocalDate.of(2026, 6, 29));
            Instant second = wib(2026, 6, 9, 10, 0);
            InMemoryRegisters registers = new InMemoryRegisters();
            registers.issued.put("KEBERATAN/2026", 1L);

            at(second, registers).given(registered(), noticeSent(partlyGranted(), notice),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 5, 8),
                                    wib(2026, 5, 11, 10, 0)),
                            objectionAnswered(ObjectionOutcome.REJECTED, ANSWERED, false))
                    .when(online(ObjectionGround.E_TIDAK_DIPENUHI))
                    .expectEvents(new ObjectionFiled(ID, ObjectionNumber.parse("KEBERATAN/2026/000002"),
                            ObjectionGround.E_TIDAK_DIPENUHI, "Informasi tidak diberikan", null, Channel.WEB, null,
                            second, LocalDate.of(2026, 5, 8), CALENDAR.workingDaysAfter(second, 30)));
        }

        @Test
        void is_refused_for_a_withdrawn_request() {
            at(FILED).given(registered(), noticeSent(refusedAsExempt(), NOTICE), withdrawn(wib(2026, 4, 2, 10, 0)))
                    .when(online(ObjectionGround.A_PENOLAKAN_PASAL_17))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }

    @Nested
    class Answering_the_keberatan {

        private static AnswerObjection answer(ObjectionOutcome outcome, String reasons) {
            return new AnswerObjection(ID, outcome, reasons, ATASAN);
        }

        @Test
        void upholding_it_opens_fourteen_hari_kerja_for_a_sengketa() {
            // From Mon 8 Jun: 16 Jun (Tahun Baru Islam) is not counted; day 14 is Mon 29 Jun.
            Deadline disputeWindow = CALENDAR.workingDaysAfter(ANSWERED, 14);
            assertThat(disputeWindow.dueDate()).isEqualTo(LocalDate.of(2026, 6, 29));

            at(ANSWERED).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(answer(ObjectionOutcome.UPHELD, null))
                    .expectEvents(new ObjectionAnswered(ID, ObjectionNumber.of(2026, 1), ObjectionOutcome.UPHELD,
                            null, ATASAN, ANSWERED, false, disputeWindow));
        }

        @Test
        void rejecting_it_gives_written_reasons() {
            at(ANSWERED).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(answer(ObjectionOutcome.REJECTED, "Uji konsekuensi PPID sudah tepat"))
                    .expectEvents(new ObjectionAnswered(ID, ObjectionNumber.of(2026, 1),
                            ObjectionOutcome.REJECTED, "Uji konsekuensi PPID sudah tepat", ATASAN, ANSWERED, false,
                            CALENDAR.workingDaysAfter(ANSWERED, 14)));
        }

        @Test
        void rejecting_it_without_written_reasons_is_refused() {
            at(ANSWERED).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(answer(ObjectionOutcome.REJECTED, " "))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_REJECTION_WITHOUT_REASONS));
        }

        @Test
        void settling_it_by_agreement_is_possible_on_charges() {
            at(ANSWERED).given(registered(),
                            noticeSent(grantedInFull(new Cost(150_000, "Transfer ke kas daerah")), NOTICE),
                            objectionFiled(ObjectionGround.F_BIAYA_TIDAK_WAJAR, NOTICE_DAY, FILED))
                    .when(answer(ObjectionOutcome.SETTLED_BY_AGREEMENT, "Biaya diturunkan menjadi Rp20.000"))
                    .expectEvents(new ObjectionAnswered(ID, ObjectionNumber.of(2026, 1),
                            ObjectionOutcome.SETTLED_BY_AGREEMENT, "Biaya diturunkan menjadi Rp20.000", ATASAN,
                            ANSWERED, false, CALENDAR.workingDaysAfter(ANSWERED, 14)));
        }

        @Test
        void settling_a_refusal_on_exemption_by_agreement_is_refused() {
            at(ANSWERED).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(answer(ObjectionOutcome.SETTLED_BY_AGREEMENT, "Sepakat"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.SETTLEMENT_NOT_AVAILABLE));
        }

        @Test
        void after_the_thirty_hari_kerja_is_given_but_recorded_as_late() {
            Instant late = wib(2026, 6, 24, 10, 0);
            at(late).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(answer(ObjectionOutcome.UPHELD, null))
                    .expectEvents(new ObjectionAnswered(ID, ObjectionNumber.of(2026, 1), ObjectionOutcome.UPHELD,
                            null, ATASAN, late, true, CALENDAR.workingDaysAfter(late, 14)));
        }

        @Test
        void is_refused_without_a_keberatan() {
            at(ANSWERED).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(answer(ObjectionOutcome.UPHELD, null))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NO_OPEN_OBJECTION));
        }

        @Test
        void is_refused_a_second_time() {
            at(wib(2026, 6, 9, 10, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED),
                            objectionAnswered(ObjectionOutcome.UPHELD, ANSWERED, false))
                    .when(answer(ObjectionOutcome.REJECTED, "Dipertimbangkan ulang"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NO_OPEN_OBJECTION));
        }
    }

    @Nested
    class After_the_atasans_answer {

        private final Instant handedOver = wib(2026, 6, 10, 10, 0);

        private RecordDelivery delivery() {
            return new RecordDelivery(ID, handedOver, DeliveryMethod.EMAIL, RINA_RECEIVED, PPID);
        }

        @Test
        void an_upheld_keberatan_against_a_refusal_makes_the_information_due_for_delivery() {
            Instant now = wib(2026, 6, 11, 10, 0);
            at(now).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED),
                            objectionAnswered(ObjectionOutcome.UPHELD, ANSWERED, false))
                    .when(delivery())
                    .expectEvents(new InformationDelivered(ID, handedOver, DeliveryMethod.EMAIL, RINA_RECEIVED,
                            PPID, now));
        }

        @Test
        void an_upheld_keberatan_against_a_refusal_keeps_the_request_open_until_delivery() {
            at(wib(2026, 6, 11, 10, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED),
                            objectionAnswered(ObjectionOutcome.UPHELD, ANSWERED, false))
                    .when(new CloseInformationRequest(ID, PPID))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLOSING_BEFORE_DELIVERY));
        }

        @Test
        void a_rejected_keberatan_leaves_nothing_to_deliver() {
            at(wib(2026, 6, 11, 10, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED),
                            objectionAnswered(ObjectionOutcome.REJECTED, ANSWERED, false))
                    .when(delivery())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_TO_DELIVER));
        }

        @Test
        void an_upheld_keberatan_about_charges_does_not_release_information_a_second_time() {
            at(wib(2026, 6, 11, 10, 0)).given(registered(),
                            noticeSent(grantedInFull(new Cost(150_000, "Transfer ke kas daerah")), NOTICE),
                            delivered(wib(2026, 4, 2, 10, 0)),
                            objectionFiled(ObjectionGround.F_BIAYA_TIDAK_WAJAR, NOTICE_DAY, FILED),
                            objectionAnswered(ObjectionOutcome.UPHELD, ANSWERED, false))
                    .when(delivery())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_TO_DELIVER));
        }
    }

    @Nested
    class Recording_a_missed_answer_deadline {

        private static RecordObjectionAnswerDeadlineMissed report() {
            return new RecordObjectionAnswerDeadlineMissed(ID);
        }

        @Test
        void records_the_breach_and_the_fourteen_hari_kerja_for_a_sengketa_after_it() {
            // From Tue 23 Jun: day 14 is Mon 13 Jul.
            Deadline disputeWindow = CALENDAR.workingDaysAfter(
                    LocalDate.of(2026, 6, 23).atStartOfDay(CaseFile.WIB).toInstant(), 14);
            assertThat(disputeWindow.dueDate()).isEqualTo(LocalDate.of(2026, 7, 13));
            Instant afterDueDate = wib(2026, 6, 24, 0, 5);

            at(afterDueDate).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(report())
                    .expectEvents(new ObjectionAnswerDeadlineMissed(ID, ObjectionNumber.of(2026, 1),
                            LocalDate.of(2026, 6, 23), disputeWindow, afterDueDate));
        }

        @Test
        void records_it_once() {
            Instant afterDueDate = wib(2026, 6, 24, 0, 5);
            at(wib(2026, 6, 25, 0, 5)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED),
                            new ObjectionAnswerDeadlineMissed(ID, ObjectionNumber.of(2026, 1),
                                    LocalDate.of(2026, 6, 23), CALENDAR.workingDaysAfter(afterDueDate, 14),
                                    afterDueDate))
                    .when(report())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void records_nothing_once_the_atasan_answered() {
            at(wib(2026, 6, 24, 0, 5)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED),
                            objectionAnswered(ObjectionOutcome.REJECTED, ANSWERED, false))
                    .when(report())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_refused_on_the_due_date_itself() {
            at(wib(2026, 6, 23, 20, 0)).given(registered(), noticeSent(refusedAsExempt(), NOTICE),
                            objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, NOTICE_DAY, FILED))
                    .when(report())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.OBJECTION_ANSWER_DEADLINE_NOT_PASSED));
        }

        @Test
        void is_refused_without_a_keberatan() {
            at(wib(2026, 6, 24, 0, 5)).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(report())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NO_OPEN_OBJECTION));
        }
    }
}
