package id.go.cilegon.sigap.webapp.informationrequest;

import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.CATAT_KELENGKAPAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.DOKUMEN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.KEBERATAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.MINTA_KELENGKAPAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.PEMBATALAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.PEMBERITAHUAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.PENYERAHAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.PERPANJANG;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.SELESAI;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.SENGKETA;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.TAHAP_SENGKETA;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.TANGGAPAN_ATASAN;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.TANGGAPAN_UNIT;
import static id.go.cilegon.sigap.webapp.informationrequest.CaseAction.TERUSKAN;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.AvailableGround;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.DisputeFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.ObjectionFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.PendingClarification;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which actions the case page offers, per state of the case and role of the officer, on the real 2026 calendar: the
 * request arrives Mon 16 Mar 2026 at 10.00 WIB, so its written notice is due Tue 7 Apr 2026 (ADR 0006); "today" is
 * Wed 18 Mar 2026 unless a test says otherwise.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerCaseActionsTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));
    private static final Instant RECEIVED = Instant.parse("2026-03-16T03:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-03-18T03:00:00Z");
    private static final Instant AFTER_THE_DUE_DATE = Instant.parse("2026-04-08T03:00:00Z");

    private static final Officer PETUGAS = officer(OfficerRole.PETUGAS_PPID, null);
    private static final Officer ATASAN = officer(OfficerRole.ATASAN_PPID, null);
    private static final Officer SUPERVISOR = officer(OfficerRole.SUPERVISOR, null);
    private static final Officer PELAKSANA_SETDA = officer(OfficerRole.PPID_PELAKSANA, new UnitId("SETDA"));
    private static final Officer PELAKSANA_DISDIK = officer(OfficerRole.PPID_PELAKSANA, new UnitId("DISDIK"));

    private static Officer officer(OfficerRole role, UnitId unit) {
        return new Officer(role.name(), role.name(), Set.of(role), unit);
    }

    private static OfficerCaseActions actionsOn(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        // Only the calendar and the clock decide whether a keberatan ground is still open.
        return new OfficerCaseActions(CALENDAR, clock,
                new CitizenCase(CALENDAR, clock, ClarificationPolicy.PAUSE, null, new Urgency.Ranking(2), null,
                        new OfficeDates(CALENDAR)));
    }

    private static Set<CaseAction> offered(CaseFile file, Officer officer) {
        return actionsOn(TODAY).offered(file, officer);
    }

    /** A case file as the read model holds it; each test changes what its state needs. */
    private static final class File {
        InformationRequestStatus status = InformationRequestStatus.DITERIMA;
        boolean extended;
        PendingClarification clarification;
        UnitId forwardedTo;
        NoticeDecision decision;
        Instant noticeSentAt;
        boolean deliveryOwed;
        ObjectionFile objection;
        DisputeFile dispute;
        List<AvailableGround> grounds = new ArrayList<>();

        File status(InformationRequestStatus status) {
            this.status = status;
            return this;
        }

        File noticeSent(NoticeDecision decision, Instant at) {
            this.decision = decision;
            this.noticeSentAt = at;
            this.status = decision.status();
            return this;
        }

        File groundArose(ObjectionGround ground, Instant at) {
            grounds.add(new AvailableGround(ground, at));
            return this;
        }

        /** A keberatan on ground (a) received today, answered with {@code outcome} or still open when null. */
        File objection(ObjectionOutcome outcome, boolean answerDeadlineMissed) {
            objection = new ObjectionFile(ObjectionNumber.of(2026, 1), ObjectionGround.A_PENOLAKAN_PASAL_17,
                    "Bukan rahasia pribadi", Channel.SURAT, TODAY, LocalDate.of(2026, 3, 17),
                    CALENDAR.workingDaysAfter(TODAY, 30), outcome, outcome == null ? null : "Alasan",
                    outcome == null ? null : TODAY, false, answerDeadlineMissed,
                    outcome == null && !answerDeadlineMissed ? null : CALENDAR.workingDaysAfter(TODAY, 14));
            status = outcome == null ? InformationRequestStatus.KEBERATAN_DIAJUKAN : outcome.status();
            grounds.clear();
            return this;
        }

        File disputeAt(DisputeStage stage) {
            List<DisputeFile.Stage> stages = new ArrayList<>(List.of(
                    new DisputeFile.Stage(DisputeStage.DIDAFTARKAN_KI, LocalDate.of(2026, 3, 18), null)));
            if (stage != DisputeStage.DIDAFTARKAN_KI) {
                stages.add(new DisputeFile.Stage(stage, LocalDate.of(2026, 3, 18), "Amar putusan"));
            }
            dispute = new DisputeFile("Komisi Informasi Provinsi Banten", "001/REG-PSI/2026",
                    LocalDate.of(2026, 3, 18), stages);
            status = InformationRequestStatus.SENGKETA_DIAJUKAN;
            return this;
        }

        CaseFile build() {
            WrittenNotice notice = decision == null ? null : new WrittenNotice(decision.grantsInformation(), null,
                    decision, List.of(), null, null, List.of(), null, null, null, null, "pemberitahuan-v1");
            return new CaseFile("kasus-1", "PPID/2026/000001", status, Channel.WEB, RECEIVED, null, null,
                    "Daftar penerima BOS", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                    CALENDAR.workingDaysAfter(RECEIVED, 10), extended, clarification, forwardedTo,
                    forwardedTo == null ? null : "Mohon datanya", notice, noticeSentAt, false, false, deliveryOwed,
                    null, List.of(), objection, dispute, List.copyOf(grounds), null, 7);
        }
    }

    @Test
    void the_calendar_of_these_tests_puts_the_notice_due_on_tuesday_7_april_2026() {
        assertThat(new File().build().noticeDeadline().dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Nested
    class Before_the_written_notice {

        @Test
        void a_fresh_request_offers_the_ppid_its_first_steps_and_nothing_that_comes_later() {
            assertThat(offered(new File().build(), PETUGAS))
                    .containsExactlyInAnyOrder(MINTA_KELENGKAPAN, TERUSKAN, PERPANJANG, PEMBERITAHUAN, PEMBATALAN);
        }

        @Test
        void after_the_due_date_neither_a_question_nor_an_extension_is_offered_but_a_keberatan_on_ground_c_is() {
            File file = new File().groundArose(ObjectionGround.C_TIDAK_DITANGGAPI,
                    LocalDate.of(2026, 4, 7).atStartOfDay(WIB).toInstant());

            assertThat(actionsOn(AFTER_THE_DUE_DATE).offered(file.build(), PETUGAS))
                    .containsExactlyInAnyOrder(TERUSKAN, PEMBERITAHUAN, PEMBATALAN, KEBERATAN);
        }

        @Test
        void while_the_requester_is_asked_only_their_answer_or_their_withdrawal_can_be_recorded() {
            File file = new File().status(InformationRequestStatus.MENUNGGU_KELENGKAPAN);
            file.clarification = new PendingClarification("Jenjang sekolah yang mana?", TODAY);

            assertThat(offered(file.build(), PETUGAS)).containsExactlyInAnyOrder(CATAT_KELENGKAPAN, PEMBATALAN);
        }

        @Test
        void once_extended_the_clock_can_be_neither_extended_again_nor_stopped_by_a_question() {
            File file = new File().status(InformationRequestStatus.DIPERPANJANG);
            file.extended = true;

            assertThat(offered(file.build(), PETUGAS)).containsExactlyInAnyOrder(TERUSKAN, PEMBERITAHUAN, PEMBATALAN);
        }

        @Test
        void a_forwarded_request_is_answered_by_its_own_units_ppid_pelaksana_and_hidden_from_any_other() {
            File file = new File().status(InformationRequestStatus.DIPROSES);
            file.forwardedTo = new UnitId("SETDA");
            CaseFile forwarded = file.build();

            assertThat(offered(forwarded, PELAKSANA_SETDA)).containsExactly(TANGGAPAN_UNIT);
            assertThat(OfficerCaseActions.mayOpen(forwarded, PELAKSANA_SETDA)).isTrue();
            assertThat(OfficerCaseActions.mayOpen(forwarded, PELAKSANA_DISDIK)).isFalse();
            assertThat(offered(forwarded, PELAKSANA_DISDIK)).isEmpty();
            assertThat(offered(forwarded, PETUGAS)).doesNotContain(TANGGAPAN_UNIT)
                    .contains(TERUSKAN, PEMBERITAHUAN);
        }

        @Test
        void a_request_not_forwarded_is_no_ppid_pelaksanas_case() {
            assertThat(OfficerCaseActions.mayOpen(new File().build(), PELAKSANA_SETDA)).isFalse();
            assertThat(offered(new File().build(), PELAKSANA_SETDA)).isEmpty();
        }

        @Test
        void the_atasan_and_the_supervisor_see_the_case_but_have_nothing_to_do_in_it_yet() {
            CaseFile fresh = new File().build();

            assertThat(OfficerCaseActions.mayOpen(fresh, ATASAN)).isTrue();
            assertThat(OfficerCaseActions.mayOpen(fresh, SUPERVISOR)).isTrue();
            assertThat(offered(fresh, ATASAN)).isEmpty();
            assertThat(offered(fresh, SUPERVISOR)).isEmpty();
        }
    }

    @Nested
    class After_the_written_notice {

        @Test
        void a_refusal_offers_closing_withdrawal_and_a_keberatan_but_no_second_notice() {
            File file = new File().noticeSent(NoticeDecision.DITOLAK_DIKECUALIKAN, TODAY)
                    .groundArose(ObjectionGround.A_PENOLAKAN_PASAL_17, TODAY);

            assertThat(offered(file.build(), PETUGAS)).containsExactlyInAnyOrder(SELESAI, PEMBATALAN, KEBERATAN);
        }

        @Test
        void a_grant_is_delivered_before_it_can_be_closed_and_its_files_may_be_given() {
            File file = new File().noticeSent(NoticeDecision.DIKABULKAN_SELURUHNYA, TODAY);
            file.deliveryOwed = true;

            assertThat(offered(file.build(), PETUGAS)).containsExactlyInAnyOrder(PENYERAHAN, DOKUMEN, PEMBATALAN);
        }

        @Test
        void a_keberatan_is_not_offered_once_the_30_hari_kerja_after_its_ground_have_passed() {
            File file = new File().noticeSent(NoticeDecision.DITOLAK_DIKECUALIKAN, TODAY)
                    .groundArose(ObjectionGround.A_PENOLAKAN_PASAL_17, Instant.parse("2026-01-05T03:00:00Z"));

            assertThat(offered(file.build(), PETUGAS)).containsExactlyInAnyOrder(SELESAI, PEMBATALAN);
        }

        @Test
        void a_withdrawn_request_offers_nothing_to_anyone() {
            CaseFile withdrawn = new File().status(InformationRequestStatus.DIBATALKAN).build();

            for (Officer officer : List.of(PETUGAS, ATASAN, SUPERVISOR)) {
                assertThat(offered(withdrawn, officer)).as(officer.username()).isEmpty();
            }
        }

        @Test
        void a_closed_request_offers_nothing_more() {
            CaseFile closed = new File().noticeSent(NoticeDecision.DITOLAK_BELUM_DIKUASAI, TODAY)
                    .status(InformationRequestStatus.SELESAI).build();

            assertThat(offered(closed, PETUGAS)).isEmpty();
        }
    }

    @Nested
    class Keberatan_and_sengketa {

        private File refused() {
            return new File().noticeSent(NoticeDecision.DITOLAK_DIKECUALIKAN, TODAY);
        }

        @Test
        void an_open_keberatan_is_the_atasans_to_answer_and_blocks_closing_and_withdrawal() {
            CaseFile open = refused().objection(null, false).build();

            assertThat(offered(open, ATASAN)).containsExactly(TANGGAPAN_ATASAN);
            assertThat(offered(open, PETUGAS)).isEmpty();
            assertThat(offered(open, SUPERVISOR)).isEmpty();
        }

        @Test
        void when_the_atasan_let_the_deadline_pass_a_sengketa_may_be_recorded_while_the_answer_is_still_possible() {
            CaseFile lapsed = refused().objection(null, true).build();

            assertThat(offered(lapsed, PETUGAS)).containsExactly(SENGKETA);
            assertThat(offered(lapsed, ATASAN)).containsExactly(TANGGAPAN_ATASAN);
        }

        @Test
        void an_answered_keberatan_leaves_the_atasan_nothing_and_opens_the_sengketa() {
            CaseFile answered = refused().objection(ObjectionOutcome.REJECTED, false).build();

            assertThat(offered(answered, ATASAN)).isEmpty();
            assertThat(offered(answered, PETUGAS)).containsExactlyInAnyOrder(SELESAI, SENGKETA);
        }

        @Test
        void a_sengketa_in_progress_takes_its_next_stage_and_keeps_the_case_open() {
            CaseFile registered = refused().objection(ObjectionOutcome.REJECTED, false)
                    .disputeAt(DisputeStage.DIDAFTARKAN_KI).build();

            assertThat(offered(registered, PETUGAS)).containsExactly(TAHAP_SENGKETA);
            assertThat(offered(registered, SUPERVISOR)).isEmpty();
        }

        @Test
        void a_sengketa_at_a_final_stage_lets_the_case_close() {
            CaseFile carriedOut = refused().objection(ObjectionOutcome.REJECTED, false)
                    .disputeAt(DisputeStage.DILAKSANAKAN).build();

            assertThat(offered(carriedOut, PETUGAS)).containsExactly(SELESAI);
        }
    }
}
