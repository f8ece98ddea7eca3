package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationRequested;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.extended;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeDeadlineMissed;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.RecordNoticeDeadlineMissed;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scheduler's report of a passed notice deadline: a breach on the case file, recorded once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeDeadlineMissedTest {

    /** Wed 8 Apr 2026, 00:05 WIB: the first minutes after the due date. */
    private static final Instant AFTER_DUE_DATE = wib(2026, 4, 8, 0, 5);

    private static RecordNoticeDeadlineMissed report() {
        return new RecordNoticeDeadlineMissed(ID);
    }

    @Nested
    class Recording_a_missed_notice_deadline {

        @Test
        void records_the_breach_when_the_due_date_passed_without_a_notice() {
            at(AFTER_DUE_DATE).given(registered())
                    .when(report())
                    .expectEvents(new NoticeDeadlineMissed(ID, LocalDate.of(2026, 4, 7), AFTER_DUE_DATE));
        }

        @Test
        void records_it_once_however_often_the_scheduler_asks() {
            at(wib(2026, 4, 9, 0, 5)).given(registered(), noticeDeadlineMissed(AFTER_DUE_DATE))
                    .when(report())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void records_nothing_when_a_notice_was_sent() {
            at(AFTER_DUE_DATE).given(registered(), noticeSent(grantedInFull(), wib(2026, 4, 7, 15, 0)))
                    .when(report())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void records_nothing_while_the_clock_waits_for_the_requesters_clarification() {
            at(AFTER_DUE_DATE).given(registered(), clarificationRequested(wib(2026, 4, 6, 10, 0)))
                    .when(report())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void records_nothing_for_a_withdrawn_request() {
            at(AFTER_DUE_DATE).given(registered(), withdrawn(wib(2026, 4, 6, 10, 0)))
                    .when(report())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_refused_on_the_due_date_itself() {
            at(wib(2026, 4, 7, 23, 59)).given(registered())
                    .when(report())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_DEADLINE_NOT_PASSED));
        }

        @Test
        void is_refused_before_the_extended_due_date() {
            at(AFTER_DUE_DATE).given(registered(), extended(wib(2026, 4, 6, 10, 0)))
                    .when(report())
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_DEADLINE_NOT_PASSED));
        }
    }
}
