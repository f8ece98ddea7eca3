package id.go.cilegon.sigap.command.complaint;

import static id.go.cilegon.sigap.command.complaint.Complaints.AHMAD;
import static id.go.cilegon.sigap.command.complaint.Complaints.CALENDAR;
import static id.go.cilegon.sigap.command.complaint.Complaints.DISHUB;
import static id.go.cilegon.sigap.command.complaint.Complaints.DPUTR;
import static id.go.cilegon.sigap.command.complaint.Complaints.DPUTR_OFFICER;
import static id.go.cilegon.sigap.command.complaint.Complaints.ID;
import static id.go.cilegon.sigap.command.complaint.Complaints.NUMBER;
import static id.go.cilegon.sigap.command.complaint.Complaints.POLICY;
import static id.go.cilegon.sigap.command.complaint.Complaints.RECEIVED;
import static id.go.cilegon.sigap.command.complaint.Complaints.VERIFICATION;
import static id.go.cilegon.sigap.command.complaint.Complaints.VERIFIER;
import static id.go.cilegon.sigap.command.complaint.Complaints.accepted;
import static id.go.cilegon.sigap.command.complaint.Complaints.answered;
import static id.go.cilegon.sigap.command.complaint.Complaints.asked;
import static id.go.cilegon.sigap.command.complaint.Complaints.at;
import static id.go.cilegon.sigap.command.complaint.Complaints.disposed;
import static id.go.cilegon.sigap.command.complaint.Complaints.inHandOfDputr;
import static id.go.cilegon.sigap.command.complaint.Complaints.register;
import static id.go.cilegon.sigap.command.complaint.Complaints.registered;
import static id.go.cilegon.sigap.command.complaint.Complaints.then;
import static id.go.cilegon.sigap.command.complaint.Complaints.verified;
import static id.go.cilegon.sigap.command.complaint.Complaints.wib;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import id.go.cilegon.sigap.command.complaint.api.AcceptDisposition;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplainant;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.AskComplainant;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRules;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.DispositionReturned;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.RecordProgress;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.complaint.api.ReturnDisposition;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A complaint from receipt to the complainant's verdict: every rule of the lifecycle, refusals by their code. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintLifecycleTest {

    @Nested
    class Registration {

        private final Map<String, Long> issued = new HashMap<>();
        private final RegisterSequence registers = (register, year) -> issued.merge(register + "/" + year, 1L, Long::sum);

        private AggregateTestFixture<Complaint> desk() {
            AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
            fixture.registerAnnotatedCommandHandler(
                    new ComplaintRegistration(fixture.getRepository(), registers, CALENDAR, POLICY));
            return fixture;
        }

        @Test
        void a_complaint_gets_the_first_number_of_its_year_and_is_verified_within_three_hari_kerja() {
            desk().givenNoPriorActivity()
                    .when(register(AHMAD, false))
                    .expectResultMessagePayload(ComplaintNumber.of(2026, 1))
                    .expectEvents(registered());
            assertThat(VERIFICATION.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        }

        @Test
        void an_anonymous_complaint_keeps_no_identity_at_all() {
            desk().givenNoPriorActivity()
                    .when(register(null, false))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(
                                    predicate(
                                            event -> event instanceof ComplaintRegistered registered
                                                    && registered.complainant() == null),
                                    andNoMore())));
        }

        @Test
        void a_complaint_arriving_on_a_saturday_counts_from_monday() {
            Instant saturday = wib(2026, 11, 7, 9, 0);
            RegisterComplaint command = new RegisterComplaint(ID, Channel.WHATSAPP, saturday, AHMAD, true,
                    "Sampah menumpuk", "Sudah seminggu tidak diangkut", ComplaintCategory.KEBERSIHAN_LINGKUNGAN,
                    new Location("Jombang", "Jombang Wetan", null, null), List.of(), "hash", null);
            desk().givenNoPriorActivity()
                    .when(command)
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(
                                    predicate(
                                            event -> event instanceof ComplaintRegistered registered
                                                    && registered.verificationDeadline().dueDate()
                                                            .equals(LocalDate.of(2026, 11, 12))
                                                    && registered.confidential()),
                                    andNoMore())));
        }
    }

    @Nested
    class Verification {

        @Test
        void asking_the_complainant_stops_the_clock() {
            Instant tuesday = wib(2026, 11, 3, 9, 0);
            at(tuesday).given(registered())
                    .when(new AskComplainant(ID, "Di sisi jalan sebelah mana?", VERIFIER))
                    .expectEvents(new ComplainantAsked(ID, "Di sisi jalan sebelah mana?", VERIFIER, tuesday));
        }

        @Test
        void the_answer_moves_the_due_date_by_the_hari_kerja_waited() {
            Instant friday = wib(2026, 11, 6, 11, 0);
            // Asked Tue 3 Nov, answered Fri 6 Nov: Wed, Thu and Fri were the complainant's, not the verifier's.
            at(friday).given(registered(), asked(wib(2026, 11, 3, 9, 0)))
                    .when(new AnswerComplainant(ID, "Sisi utara", null))
                    .expectEvents(new ComplainantAnswered(ID, "Sisi utara", null, friday,
                            CALENDAR.extend(VERIFICATION, 3)));
            assertThat(CALENDAR.extend(VERIFICATION, 3).dueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        }

        @Test
        void a_second_question_waits_for_the_first_answer() {
            at(wib(2026, 11, 3, 10, 0)).given(registered(), asked(wib(2026, 11, 3, 9, 0)))
                    .when(new AskComplainant(ID, "Dan nomor rumah?", VERIFIER))
                    .expectException(refusedWith(ComplaintRules.AWAITING_COMPLAINANT));
        }

        @Test
        void an_answer_nobody_asked_for_is_refused() {
            at(wib(2026, 11, 3, 10, 0)).given(registered())
                    .when(new AnswerComplainant(ID, "Sisi utara", null))
                    .expectException(refusedWith(ComplaintRules.NO_QUESTION_PENDING));
        }

        @Test
        void verification_on_time_is_not_late() {
            Instant thursday = wib(2026, 11, 5, 15, 0);
            at(thursday).given(registered())
                    .when(new VerifyComplaint(ID, "Kewenangan DPUTR", VERIFIER))
                    .expectEvents(new ComplaintVerified(ID, "Kewenangan DPUTR", VERIFIER, thursday, false));
        }

        @Test
        void verification_after_the_due_date_is_late() {
            Instant friday = wib(2026, 11, 6, 9, 0);
            at(friday).given(registered())
                    .when(new VerifyComplaint(ID, " ", VERIFIER))
                    .expectEvents(new ComplaintVerified(ID, null, VERIFIER, friday, true));
        }

        @Test
        void verification_while_waiting_is_late_only_if_the_clock_had_run_out_when_it_stopped() {
            Instant muchLater = wib(2026, 11, 20, 9, 0);
            at(muchLater).given(registered(), asked(wib(2026, 11, 4, 9, 0)))
                    .when(new VerifyComplaint(ID, null, VERIFIER))
                    .expectEvents(new ComplaintVerified(ID, null, VERIFIER, muchLater, false));
        }

        @Test
        void not_the_citys_authority_names_the_body_that_is() {
            at(wib(2026, 11, 3, 9, 0)).given(registered())
                    .when(new RejectComplaint(ID, RejectionReason.BUKAN_WEWENANG, "Jaringan listrik milik PLN", " ",
                            VERIFIER))
                    .expectException(refusedWith(ComplaintRules.REFERRAL_MISSING));
        }

        @Test
        void a_rejection_is_final() {
            Instant tuesday = wib(2026, 11, 3, 9, 0);
            at(tuesday).given(registered(), new ComplaintRejected(ID, RejectionReason.BUKAN_PENGADUAN,
                            "Tidak ada layanan yang diadukan", null, VERIFIER, tuesday))
                    .when(new VerifyComplaint(ID, null, VERIFIER))
                    .expectException(refusedWith(ComplaintRules.COMPLAINT_CLOSED));
        }

        @Test
        void a_rejection_not_a_complaint_drops_any_referral() {
            Instant tuesday = wib(2026, 11, 3, 9, 0);
            at(tuesday).given(registered())
                    .when(new RejectComplaint(ID, RejectionReason.BUKAN_PENGADUAN, "Terlalu umum", "PLN", VERIFIER))
                    .expectEvents(new ComplaintRejected(ID, RejectionReason.BUKAN_PENGADUAN, "Terlalu umum", null,
                            VERIFIER, tuesday));
        }

        @Test
        void a_verified_complaint_cannot_be_verified_again() {
            at(wib(2026, 11, 3, 10, 0)).given(registered(), verified(wib(2026, 11, 3, 9, 0)))
                    .when(new VerifyComplaint(ID, null, VERIFIER))
                    .expectException(refusedWith(ComplaintRules.NOT_IN_VERIFICATION));
        }
    }

    @Nested
    class Disposition {

        private final Instant tuesday = wib(2026, 11, 3, 10, 0);

        @Test
        void goes_to_each_unit_with_its_own_follow_up_deadline() {
            at(tuesday).given(registered(), verified(wib(2026, 11, 3, 9, 0)))
                    .when(new DisposeComplaint(ID, List.of(DPUTR, DISHUB), "Mohon ditinjau", VERIFIER))
                    .expectEvents(disposed(tuesday, DPUTR, DISHUB));
            assertThat(CALENDAR.workingDaysAfter(tuesday, 5).dueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        }

        @Test
        void the_follow_up_deadline_follows_the_category() {
            ComplaintRegistered order = new ComplaintRegistered(ID, NUMBER, Channel.WEB, RECEIVED, AHMAD, false,
                    "PKL menutup trotoar", "Trotoar tertutup lapak", ComplaintCategory.KETERTIBAN_UMUM,
                    Complaints.CIWADUK, List.of(), "hash", null, VERIFICATION);
            at(tuesday).given(order, verified(wib(2026, 11, 3, 9, 0)))
                    .when(new DisposeComplaint(ID, List.of(DPUTR), null, VERIFIER))
                    .expectEvents(new ComplaintDisposed(ID,
                            List.of(new UnitFollowUp(DPUTR, CALENDAR.workingDaysAfter(tuesday, 2))), null, VERIFIER,
                            tuesday));
        }

        @Test
        void comes_after_verification() {
            at(tuesday).given(registered())
                    .when(new DisposeComplaint(ID, List.of(DPUTR), null, VERIFIER))
                    .expectException(refusedWith(ComplaintRules.NOT_DISPOSABLE));
        }

        @Test
        void a_unit_that_already_has_it_is_not_sent_it_twice() {
            at(tuesday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR))
                    .when(new DisposeComplaint(ID, List.of(DPUTR), null, VERIFIER))
                    .expectException(refusedWith(ComplaintRules.ALREADY_DISPOSED));
        }

        @Test
        void a_unit_accepts_once() {
            Instant wednesday = wib(2026, 11, 4, 9, 0);
            at(wednesday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR))
                    .when(new AcceptDisposition(ID, DPUTR, DPUTR_OFFICER))
                    .expectEvents(new DispositionAccepted(ID, DPUTR, DPUTR_OFFICER, wednesday));
            at(wednesday).given(inHandOfDputr())
                    .when(new AcceptDisposition(ID, DPUTR, DPUTR_OFFICER))
                    .expectException(refusedWith(ComplaintRules.NO_PENDING_DISPOSITION));
        }

        @Test
        void another_unit_cannot_accept_what_was_not_sent_to_it() {
            at(tuesday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR))
                    .when(new AcceptDisposition(ID, DISHUB, DPUTR_OFFICER))
                    .expectException(refusedWith(ComplaintRules.NO_PENDING_DISPOSITION));
        }

        @Test
        void returned_by_its_only_unit_it_goes_back_to_the_verifier_who_may_send_it_elsewhere() {
            Instant wednesday = wib(2026, 11, 4, 9, 0);
            DispositionReturned returned = new DispositionReturned(ID, DPUTR, "Jalan provinsi", DPUTR_OFFICER,
                    wednesday);
            at(wednesday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR))
                    .when(new ReturnDisposition(ID, DPUTR, "Jalan provinsi", DPUTR_OFFICER))
                    .expectEvents(returned);
            at(wednesday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR), returned)
                    .when(new DisposeComplaint(ID, List.of(DPUTR), "Ternyata ruas kota", VERIFIER))
                    .expectEvents(new ComplaintDisposed(ID,
                            List.of(new UnitFollowUp(DPUTR, CALENDAR.workingDaysAfter(wednesday, 5))),
                            "Ternyata ruas kota", VERIFIER, wednesday));
        }

        @Test
        void a_unit_that_returned_it_records_nothing_more() {
            Instant wednesday = wib(2026, 11, 4, 9, 0);
            at(wednesday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR, DISHUB),
                            accepted(DPUTR, wednesday), accepted(DISHUB, wednesday),
                            new DispositionReturned(ID, DISHUB, "Bukan ruas kami", DPUTR_OFFICER, wednesday))
                    .when(new RecordProgress(ID, DISHUB, "Sudah ditinjau", DPUTR_OFFICER))
                    .expectException(refusedWith(ComplaintRules.UNIT_NOT_HANDLING));
        }

        @Test
        void progress_comes_from_a_unit_that_accepted() {
            Instant thursday = wib(2026, 11, 5, 9, 0);
            at(thursday).given(inHandOfDputr())
                    .when(new RecordProgress(ID, DPUTR, "Tim meninjau besok", DPUTR_OFFICER))
                    .expectEvents(new ProgressRecorded(ID, DPUTR, "Tim meninjau besok", DPUTR_OFFICER, thursday));
            at(thursday).given(registered(), verified(tuesday), disposed(tuesday, DPUTR))
                    .when(new RecordProgress(ID, DPUTR, "Tim meninjau besok", DPUTR_OFFICER))
                    .expectException(refusedWith(ComplaintRules.UNIT_NOT_HANDLING));
        }
    }

    @Nested
    class Answer_and_verdict {

        private final Instant answeredAt = wib(2026, 11, 9, 14, 0);
        private final Instant verdictAt = wib(2026, 11, 10, 8, 0);

        private Object[] answeredOnce() {
            return then(inHandOfDputr(), answered(answeredAt));
        }

        @Test
        void the_answer_gives_the_complainant_ten_hari_kerja_for_a_verdict() {
            at(answeredAt).given(inHandOfDputr())
                    .when(new AnswerComplaint(ID, DPUTR, "Lubang sudah ditambal", DPUTR_OFFICER))
                    .expectEvents(answered(answeredAt));
        }

        @Test
        void a_unit_that_has_not_accepted_does_not_answer() {
            at(answeredAt).given(inHandOfDputr())
                    .when(new AnswerComplaint(ID, DISHUB, "Sudah beres", DPUTR_OFFICER))
                    .expectException(refusedWith(ComplaintRules.UNIT_NOT_HANDLING));
        }

        @Test
        void after_the_answer_the_next_step_is_the_complainants() {
            at(verdictAt).given(answeredOnce())
                    .when(new AnswerComplaint(ID, DPUTR, "Tambahan", DPUTR_OFFICER))
                    .expectException(refusedWith(ComplaintRules.ALREADY_ANSWERED));
        }

        @Test
        void satisfied_closes_the_complaint() {
            at(verdictAt).given(answeredOnce())
                    .when(new GiveVerdict(ID, true, 5, "  "))
                    .expectEvents(new VerdictGiven(ID, true, 5, null, verdictAt),
                            new ComplaintClosed(ID, false, verdictAt));
        }

        @Test
        void not_satisfied_reopens_it_for_the_unit_with_a_new_deadline() {
            at(verdictAt).given(answeredOnce())
                    .when(new GiveVerdict(ID, false, 2, "Tambalan sudah retak lagi"))
                    .expectEvents(new VerdictGiven(ID, false, 2, "Tambalan sudah retak lagi", verdictAt),
                            new ComplaintReopened(ID, "Tambalan sudah retak lagi", 1,
                                    List.of(new UnitFollowUp(DPUTR, CALENDAR.workingDaysAfter(verdictAt, 5))),
                                    verdictAt));
        }

        @Test
        void after_the_last_reopening_allowed_not_satisfied_closes_it() {
            Object[] history = then(answeredOnce(),
                    new VerdictGiven(ID, false, 2, "Retak", verdictAt),
                    new ComplaintReopened(ID, "Retak", 1, List.of(), verdictAt), answered(verdictAt),
                    new VerdictGiven(ID, false, 2, "Retak lagi", verdictAt),
                    new ComplaintReopened(ID, "Retak lagi", 2, List.of(), verdictAt), answered(verdictAt));
            at(verdictAt).given(history)
                    .when(new GiveVerdict(ID, false, 1, "Masih retak"))
                    .expectEvents(new VerdictGiven(ID, false, 1, "Masih retak", verdictAt),
                            new ComplaintClosed(ID, false, verdictAt));
        }

        @Test
        void not_satisfied_says_why() {
            at(verdictAt).given(answeredOnce())
                    .when(new GiveVerdict(ID, false, 2, ""))
                    .expectException(refusedWith(ComplaintRules.COMMENT_MISSING));
        }

        @Test
        void a_rating_is_one_to_five() {
            at(verdictAt).given(answeredOnce())
                    .when(new GiveVerdict(ID, true, 6, null))
                    .expectException(refusedWith(ComplaintRules.RATING_OUT_OF_RANGE));
            at(verdictAt).given(answeredOnce())
                    .when(new GiveVerdict(ID, true, 0, null))
                    .expectException(refusedWith(ComplaintRules.RATING_OUT_OF_RANGE));
        }

        @Test
        void no_verdict_before_an_answer() {
            at(verdictAt).given(inHandOfDputr())
                    .when(new GiveVerdict(ID, true, 5, null))
                    .expectException(refusedWith(ComplaintRules.NO_ANSWER_TO_RATE));
        }

        @Test
        void no_second_verdict_after_closing() {
            at(verdictAt).given(then(answeredOnce(), new VerdictGiven(ID, true, 5, null, verdictAt),
                            new ComplaintClosed(ID, false, verdictAt)))
                    .when(new GiveVerdict(ID, false, 1, "Berubah pikiran"))
                    .expectException(refusedWith(ComplaintRules.COMPLAINT_CLOSED));
        }

        @Test
        void a_reopened_complaint_is_answered_again() {
            Instant later = wib(2026, 11, 12, 9, 0);
            at(later).given(then(answeredOnce(),
                            new VerdictGiven(ID, false, 2, "Retak", verdictAt),
                            new ComplaintReopened(ID, "Retak", 1, List.of(new UnitFollowUp(DPUTR,
                                    CALENDAR.workingDaysAfter(verdictAt, 5))), verdictAt)))
                    .when(new AnswerComplaint(ID, DPUTR, "Ditambal ulang dengan aspal panas", DPUTR_OFFICER))
                    .expectEvents(new ComplaintAnswered(ID, DPUTR, "Ditambal ulang dengan aspal panas",
                            DPUTR_OFFICER, later, CALENDAR.workingDaysAfter(later, 10)));
        }
    }
}
