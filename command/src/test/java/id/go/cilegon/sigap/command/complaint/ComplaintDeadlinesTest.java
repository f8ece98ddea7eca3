package id.go.cilegon.sigap.command.complaint;

import static id.go.cilegon.sigap.command.complaint.Complaints.DPUTR;
import static id.go.cilegon.sigap.command.complaint.Complaints.ID;
import static id.go.cilegon.sigap.command.complaint.Complaints.accepted;
import static id.go.cilegon.sigap.command.complaint.Complaints.answered;
import static id.go.cilegon.sigap.command.complaint.Complaints.asked;
import static id.go.cilegon.sigap.command.complaint.Complaints.at;
import static id.go.cilegon.sigap.command.complaint.Complaints.disposed;
import static id.go.cilegon.sigap.command.complaint.Complaints.inHandOfDputr;
import static id.go.cilegon.sigap.command.complaint.Complaints.registered;
import static id.go.cilegon.sigap.command.complaint.Complaints.then;
import static id.go.cilegon.sigap.command.complaint.Complaints.verified;
import static id.go.cilegon.sigap.command.complaint.Complaints.wib;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;

import id.go.cilegon.sigap.command.complaint.api.CloseWithoutFeedback;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRules;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.RecordFollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.RecordVerificationDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The deadline watch's reports: each breach recorded once, nothing for a clock that stopped in time. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintDeadlinesTest {

    /** Fri 6 Nov 2026, 00:05 WIB: the first minutes after the verification due date. */
    private static final Instant AFTER_VERIFICATION_DUE = wib(2026, 11, 6, 0, 5);

    @Nested
    class Verification_deadline {

        @Test
        void is_recorded_when_it_passes_unverified() {
            at(AFTER_VERIFICATION_DUE).given(registered())
                    .when(new RecordVerificationDeadlineMissed(ID))
                    .expectEvents(new VerificationDeadlineMissed(ID, LocalDate.of(2026, 11, 5),
                            AFTER_VERIFICATION_DUE));
        }

        @Test
        void is_recorded_once() {
            at(wib(2026, 11, 9, 0, 5)).given(registered(), new VerificationDeadlineMissed(ID,
                            LocalDate.of(2026, 11, 5), AFTER_VERIFICATION_DUE))
                    .when(new RecordVerificationDeadlineMissed(ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_not_recorded_while_the_clock_waits_for_the_complainant() {
            at(AFTER_VERIFICATION_DUE).given(registered(), asked(wib(2026, 11, 4, 9, 0)))
                    .when(new RecordVerificationDeadlineMissed(ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_not_recorded_after_verification() {
            at(AFTER_VERIFICATION_DUE).given(registered(), verified(wib(2026, 11, 5, 9, 0)))
                    .when(new RecordVerificationDeadlineMissed(ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_refused_on_the_due_date_itself() {
            at(wib(2026, 11, 5, 23, 59)).given(registered())
                    .when(new RecordVerificationDeadlineMissed(ID))
                    .expectException(refusedWith(ComplaintRules.DEADLINE_NOT_PASSED));
        }
    }

    @Nested
    class Follow_up_deadline {

        /** Disposed Tue 3 Nov 10:00: the first follow-up is due Tue 10 Nov. */
        private final Instant afterDue = wib(2026, 11, 11, 0, 5);

        @Test
        void is_recorded_for_a_unit_that_posted_nothing() {
            at(afterDue).given(inHandOfDputr())
                    .when(new RecordFollowUpDeadlineMissed(ID, DPUTR))
                    .expectEvents(new FollowUpDeadlineMissed(ID, DPUTR, LocalDate.of(2026, 11, 10), afterDue));
        }

        @Test
        void runs_from_disposition_even_before_the_unit_accepts() {
            Instant tuesday = wib(2026, 11, 3, 10, 0);
            at(afterDue).given(registered(), verified(wib(2026, 11, 3, 9, 0)), disposed(tuesday, DPUTR))
                    .when(new RecordFollowUpDeadlineMissed(ID, DPUTR))
                    .expectEvents(new FollowUpDeadlineMissed(ID, DPUTR, LocalDate.of(2026, 11, 10), afterDue));
        }

        @Test
        void is_met_by_a_progress_note() {
            at(afterDue).given(then(inHandOfDputr(), new ProgressRecorded(ID, DPUTR, "Ditinjau",
                            Complaints.DPUTR_OFFICER, wib(2026, 11, 10, 15, 0))))
                    .when(new RecordFollowUpDeadlineMissed(ID, DPUTR))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_recorded_once() {
            at(wib(2026, 11, 12, 0, 5)).given(then(inHandOfDputr(),
                            new FollowUpDeadlineMissed(ID, DPUTR, LocalDate.of(2026, 11, 10), afterDue)))
                    .when(new RecordFollowUpDeadlineMissed(ID, DPUTR))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void is_refused_on_the_due_date_itself() {
            at(wib(2026, 11, 10, 20, 0)).given(inHandOfDputr())
                    .when(new RecordFollowUpDeadlineMissed(ID, DPUTR))
                    .expectException(refusedWith(ComplaintRules.DEADLINE_NOT_PASSED));
        }

        @Test
        void means_nothing_for_a_unit_without_the_complaint() {
            at(afterDue).given(inHandOfDputr())
                    .when(new RecordFollowUpDeadlineMissed(ID, Complaints.DISHUB))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void accepting_alone_is_no_follow_up() {
            Instant tuesday = wib(2026, 11, 3, 10, 0);
            at(afterDue).given(registered(), verified(tuesday), disposed(tuesday, DPUTR),
                            accepted(DPUTR, wib(2026, 11, 10, 9, 0)))
                    .when(new RecordFollowUpDeadlineMissed(ID, DPUTR))
                    .expectEvents(new FollowUpDeadlineMissed(ID, DPUTR, LocalDate.of(2026, 11, 10), afterDue));
        }
    }

    @Nested
    class Verdict_period {

        /** Answered Mon 9 Nov 14:00: the verdict is due by Mon 23 Nov. */
        private final Instant answeredAt = wib(2026, 11, 9, 14, 0);

        private Object[] answeredOnce() {
            return then(inHandOfDputr(), answered(answeredAt));
        }

        @Test
        void closes_the_complaint_without_feedback_once_over() {
            Instant after = wib(2026, 11, 24, 0, 5);
            at(after).given(answeredOnce())
                    .when(new CloseWithoutFeedback(ID))
                    .expectEvents(new ComplaintClosed(ID, true, after));
        }

        @Test
        void is_refused_while_the_complainant_still_has_time() {
            at(wib(2026, 11, 23, 12, 0)).given(answeredOnce())
                    .when(new CloseWithoutFeedback(ID))
                    .expectException(refusedWith(ComplaintRules.FEEDBACK_PERIOD_NOT_OVER));
        }

        @Test
        void changes_nothing_once_the_complainant_has_spoken() {
            Instant after = wib(2026, 11, 24, 0, 5);
            at(after).given(then(answeredOnce(), new VerdictGiven(ID, true, 4, null, wib(2026, 11, 20, 9, 0)),
                            new ComplaintClosed(ID, false, wib(2026, 11, 20, 9, 0))))
                    .when(new CloseWithoutFeedback(ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
