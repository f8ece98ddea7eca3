package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.CALENDAR;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.DISDIK;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.NOTICE_DEADLINE;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationRequested;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.extended;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.forwarded;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ProvideClarification;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Kelengkapan: the PPID asks, the requester answers, and the notice clock follows the installation's policy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClarificationTest {

    /** Tue 17 Mar 2026, 10:00 WIB: day 1 of the count. */
    private static final Instant ASKED = wib(2026, 3, 17, 10, 0);
    /** Wed 25 Mar 2026, 10:00 WIB: the first working day after Nyepi, Idulfitri and its cuti bersama. */
    private static final Instant ANSWERED = wib(2026, 3, 25, 10, 0);

    private static RequestClarification question() {
        return new RequestClarification(ID, "Sebutkan jenjang sekolah yang dimaksud", PPID);
    }

    private static ProvideClarification answer() {
        return new ProvideClarification(ID, "SMA dan SMK", Channel.WEB, null);
    }

    @Nested
    class Requesting_a_clarification {

        @Test
        void puts_the_request_on_hold_for_the_requester() {
            at(ASKED).given(registered())
                    .when(question())
                    .expectEvents(new ClarificationRequested(ID, "Sebutkan jenjang sekolah yang dimaksud", PPID,
                            ASKED));
        }

        @Test
        void is_possible_after_forwarding_when_the_unit_needs_it() {
            at(ASKED).given(registered(), forwarded(DISDIK, ASKED))
                    .when(question())
                    .expectEvents(clarificationRequested(ASKED));
        }

        @Test
        void is_refused_while_an_earlier_question_is_unanswered() {
            at(ASKED).given(registered(), clarificationRequested(ASKED))
                    .when(question())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.AWAITING_CLARIFICATION));
        }

        @Test
        void is_refused_after_the_extension_because_the_request_was_understood() {
            at(wib(2026, 4, 6, 11, 0)).given(registered(), extended(wib(2026, 4, 6, 10, 0)))
                    .when(question())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLARIFICATION_AFTER_EXTENSION));
        }

        @Test
        void is_refused_after_the_due_date_because_it_cannot_stop_a_clock_that_has_run_out() {
            at(wib(2026, 4, 8, 9, 0)).given(registered())
                    .when(question())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CLARIFICATION_AFTER_DUE_DATE));
        }

        @Test
        void is_refused_after_the_notice() {
            at(wib(2026, 4, 2, 10, 0)).given(registered(), noticeSent(grantedInFull(), wib(2026, 4, 1, 10, 0)))
                    .when(question())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_ALREADY_SENT));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(ASKED).given(registered(), withdrawn(wib(2026, 3, 16, 11, 0)))
                    .when(question())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }

    @Nested
    class Answering_under_the_pause_policy {

        @Test
        void moves_the_due_date_by_the_hari_kerja_the_case_waited() {
            // Asked on day 1 (Tue 17 Mar); 18–24 Mar are not working days; answered Wed 25 Mar, which the PPID
            // does not get: one hari kerja waited, so the notice is due Wed 8 Apr instead of Tue 7 Apr.
            Deadline moved = CALENDAR.extend(NOTICE_DEADLINE, 1);
            assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));

            at(ANSWERED, ClarificationPolicy.PAUSE).given(registered(), clarificationRequested(ASKED))
                    .when(answer())
                    .expectEvents(new ClarificationProvided(ID, "SMA dan SMK", Channel.WEB, null, ANSWERED,
                            ClarificationPolicy.PAUSE, moved, InformationRequestStatus.DITERIMA));
        }

        @Test
        void keeps_the_due_date_when_question_and_answer_fall_on_the_same_day() {
            Instant sameAfternoon = wib(2026, 3, 17, 14, 0);
            at(sameAfternoon, ClarificationPolicy.PAUSE).given(registered(), clarificationRequested(ASKED))
                    .when(answer())
                    .expectEvents(new ClarificationProvided(ID, "SMA dan SMK", Channel.WEB, null, sameAfternoon,
                            ClarificationPolicy.PAUSE, NOTICE_DEADLINE, InformationRequestStatus.DITERIMA));
        }

        @Test
        void returns_a_forwarded_request_to_processing_and_names_the_officer_who_entered_a_paper_answer() {
            Deadline moved = CALENDAR.extend(NOTICE_DEADLINE, 1);
            at(ANSWERED, ClarificationPolicy.PAUSE)
                    .given(registered(), forwarded(DISDIK, ASKED), clarificationRequested(ASKED))
                    .when(new ProvideClarification(ID, "SMA dan SMK", Channel.SURAT, PPID))
                    .expectEvents(new ClarificationProvided(ID, "SMA dan SMK", Channel.SURAT, PPID, ANSWERED,
                            ClarificationPolicy.PAUSE, moved, InformationRequestStatus.DIPROSES));
        }
    }

    @Nested
    class Answering_under_the_restart_policy {

        @Test
        void counts_ten_hari_kerja_again_from_the_answer() {
            // Day 1 is Thu 26 Mar; 3 Apr is Good Friday: day 10 is Thu 9 Apr.
            Deadline restarted = CALENDAR.workingDaysAfter(ANSWERED, 10);
            assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));

            at(ANSWERED, ClarificationPolicy.RESTART).given(registered(), clarificationRequested(ASKED))
                    .when(answer())
                    .expectEvents(new ClarificationProvided(ID, "SMA dan SMK", Channel.WEB, null, ANSWERED,
                            ClarificationPolicy.RESTART, restarted, InformationRequestStatus.DITERIMA));
        }
    }

    @Nested
    class Answering_without_a_question {

        @Test
        void is_refused() {
            at(ANSWERED).given(registered())
                    .when(answer())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NO_CLARIFICATION_PENDING));
        }

        @Test
        void is_refused_when_the_question_was_already_answered() {
            at(ANSWERED).given(registered(), clarificationRequested(ASKED),
                            CaseFile.clarificationProvided(ANSWERED, CALENDAR.extend(NOTICE_DEADLINE, 1)))
                    .when(answer())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NO_CLARIFICATION_PENDING));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(ANSWERED).given(registered(), clarificationRequested(ASKED), withdrawn(wib(2026, 3, 18, 9, 0)))
                    .when(answer())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }
}
