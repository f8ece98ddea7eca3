package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationRequested;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.consequenceTest;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.extended;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.notHeld;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.partlyGranted;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.refusedAsExempt;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;

import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pemberitahuan tertulis: its content (UU KIP Pasal 19, 22(7)), its uniqueness and its timing. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WrittenNoticeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 7);
    /** Wed 1 Apr 2026, 10:00 WIB: well before the due date. */
    private static final Instant ON_TIME = wib(2026, 4, 1, 10, 0);

    private static SendWrittenNotice send(WrittenNotice notice) {
        return new SendWrittenNotice(ID, notice, PPID);
    }

    @Nested
    class Sending_the_notice {

        @Test
        void records_a_full_grant_sent_on_time() {
            at(ON_TIME).given(registered())
                    .when(send(grantedInFull()))
                    .expectEvents(new WrittenNoticeSent(ID, grantedInFull(), PPID, ON_TIME, DUE, false));
        }

        @Test
        void records_a_partial_grant_with_its_ground_consequence_test_and_blacked_out_material() {
            at(ON_TIME).given(registered())
                    .when(send(partlyGranted()))
                    .expectEvents(new WrittenNoticeSent(ID, partlyGranted(), PPID, ON_TIME, DUE, false));
        }

        @Test
        void records_a_refusal_on_exemption_with_its_ground_and_consequence_test() {
            at(ON_TIME).given(registered())
                    .when(send(refusedAsExempt()))
                    .expectEvents(new WrittenNoticeSent(ID, refusedAsExempt(), PPID, ON_TIME, DUE, false));
        }

        @Test
        void records_a_request_pointed_to_the_body_that_holds_the_information() {
            WrittenNotice directed = notHeld(NoticeDecision.TIDAK_DIKUASAI_DIARAHKAN, "BPS Kota Cilegon");
            at(ON_TIME).given(registered())
                    .when(send(directed))
                    .expectEvents(new WrittenNoticeSent(ID, directed, PPID, ON_TIME, DUE, false));
        }

        @Test
        void records_a_refusal_for_information_not_held_without_knowing_who_holds_it() {
            WrittenNotice notHeld = notHeld(NoticeDecision.DITOLAK_BELUM_DIKUASAI, null);
            at(ON_TIME).given(registered())
                    .when(send(notHeld))
                    .expectEvents(new WrittenNoticeSent(ID, notHeld, PPID, ON_TIME, DUE, false));
        }

        @Test
        void is_sent_even_after_the_due_date_but_recorded_as_late() {
            Instant thursdayAfter = wib(2026, 4, 9, 10, 0);
            at(thursdayAfter).given(registered())
                    .when(send(grantedInFull()))
                    .expectEvents(new WrittenNoticeSent(ID, grantedInFull(), PPID, thursdayAfter, DUE, true));
        }

        @Test
        void is_on_time_on_the_due_date_itself() {
            Instant dueDateEvening = wib(2026, 4, 7, 20, 0);
            at(dueDateEvening).given(registered())
                    .when(send(grantedInFull()))
                    .expectEvents(new WrittenNoticeSent(ID, grantedInFull(), PPID, dueDateEvening, DUE, false));
        }

        @Test
        void is_measured_against_the_extended_due_date() {
            Instant fifteenthOfApril = wib(2026, 4, 15, 10, 0);
            at(fifteenthOfApril).given(registered(), extended(wib(2026, 4, 6, 10, 0)))
                    .when(send(grantedInFull()))
                    .expectEvents(new WrittenNoticeSent(ID, grantedInFull(), PPID, fifteenthOfApril,
                            LocalDate.of(2026, 4, 16), false));
        }

        @Test
        void is_refused_a_second_time() {
            at(wib(2026, 4, 2, 10, 0)).given(registered(), noticeSent(grantedInFull(), ON_TIME))
                    .when(send(refusedAsExempt()))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_ALREADY_SENT));
        }

        @Test
        void is_refused_while_the_requester_owes_a_clarification() {
            at(ON_TIME).given(registered(), clarificationRequested(wib(2026, 3, 17, 10, 0)))
                    .when(send(grantedInFull()))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.AWAITING_CLARIFICATION));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(ON_TIME).given(registered(), withdrawn(wib(2026, 3, 26, 10, 0)))
                    .when(send(grantedInFull()))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }

    @Nested
    class Content_of_the_notice {

        @Test
        void a_refusal_on_exemption_without_a_pasal_17_ground_is_refused() {
            WrittenNotice noGround = new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN, List.of(),
                    consequenceTest(), null, List.of(), null, null, null, null, "pemberitahuan-tertulis/v1");
            at(ON_TIME).given(registered())
                    .when(send(noGround))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.EXEMPTION_GROUND_MISSING));
        }

        @Test
        void a_partial_grant_without_a_pasal_17_ground_is_refused() {
            WrittenNotice partial = partlyGranted();
            WrittenNotice noGround = new WrittenNotice(true, null, partial.decision(), List.of(),
                    partial.consequenceTest(), partial.informationGiven(), partial.redactions(),
                    partial.obtainMethod(), partial.format(), partial.deliveryMethod(), partial.cost(),
                    partial.templateVersion());
            at(ON_TIME).given(registered())
                    .when(send(noGround))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.EXEMPTION_GROUND_MISSING));
        }

        @Test
        void a_refusal_on_exemption_without_a_consequence_test_is_refused() {
            WrittenNotice untested = new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                    List.of(ExemptionGround.H_RAHASIA_PRIBADI), null, null, List.of(), null, null, null, null,
                    "pemberitahuan-tertulis/v1");
            at(ON_TIME).given(registered())
                    .when(send(untested))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CONSEQUENCE_TEST_INCOMPLETE));
        }

        @Test
        void a_consequence_test_without_an_exemption_period_is_refused() {
            ConsequenceTest full = consequenceTest();
            ConsequenceTest noPeriod = new ConsequenceTest(full.documents(), full.lawReliedOn(),
                    full.consequenceAnalysis(), null);
            WrittenNotice notice = new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                    List.of(ExemptionGround.H_RAHASIA_PRIBADI), noPeriod, null, List.of(), null, null, null, null,
                    "pemberitahuan-tertulis/v1");
            at(ON_TIME).given(registered())
                    .when(send(notice))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CONSEQUENCE_TEST_INCOMPLETE));
        }

        @Test
        void a_consequence_test_that_identifies_no_document_is_refused() {
            ConsequenceTest full = consequenceTest();
            ConsequenceTest noDocuments = new ConsequenceTest(List.of(), full.lawReliedOn(),
                    full.consequenceAnalysis(), full.exemptionPeriod());
            WrittenNotice notice = new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                    List.of(ExemptionGround.H_RAHASIA_PRIBADI), noDocuments, null, List.of(), null, null, null,
                    null, "pemberitahuan-tertulis/v1");
            at(ON_TIME).given(registered())
                    .when(send(notice))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.CONSEQUENCE_TEST_INCOMPLETE));
        }

        @Test
        void pointing_elsewhere_without_the_holding_body_is_refused() {
            at(ON_TIME).given(registered())
                    .when(send(notHeld(NoticeDecision.TIDAK_DIKUASAI_DIARAHKAN, " ")))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.HOLDING_BODY_MISSING));
        }

        @Test
        void not_held_while_saying_the_information_is_held_is_refused() {
            WrittenNotice contradictory = new WrittenNotice(true, null, NoticeDecision.DITOLAK_BELUM_DIKUASAI,
                    List.of(), null, null, List.of(), null, null, null, null, "pemberitahuan-tertulis/v1");
            at(ON_TIME).given(registered())
                    .when(send(contradictory))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_CONTRADICTS_HOLDING));
        }

        @Test
        void a_grant_of_information_not_held_is_refused() {
            WrittenNotice full = grantedInFull();
            WrittenNotice contradictory = new WrittenNotice(false, null, full.decision(), List.of(), null,
                    full.informationGiven(), List.of(), full.obtainMethod(), full.format(), full.deliveryMethod(),
                    full.cost(), full.templateVersion());
            at(ON_TIME).given(registered())
                    .when(send(contradictory))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_CONTRADICTS_HOLDING));
        }

        @Test
        void a_grant_that_does_not_say_what_is_given_is_refused() {
            WrittenNotice full = grantedInFull();
            WrittenNotice vague = new WrittenNotice(true, null, full.decision(), List.of(), null, "",
                    List.of(), full.obtainMethod(), full.format(), full.deliveryMethod(), full.cost(),
                    full.templateVersion());
            at(ON_TIME).given(registered())
                    .when(send(vague))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.GRANT_DETAILS_MISSING));
        }

        @Test
        void a_grant_that_does_not_state_the_cost_is_refused() {
            at(ON_TIME).given(registered())
                    .when(send(grantedInFull(null)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.GRANT_DETAILS_MISSING));
        }

        @Test
        void a_full_grant_with_blacked_out_material_is_refused() {
            WrittenNotice full = grantedInFull();
            WrittenNotice redacted = new WrittenNotice(true, null, full.decision(), List.of(), null,
                    full.informationGiven(), List.of(new Redaction("NIK orang tua", ExemptionGround.H_RAHASIA_PRIBADI,
                    "Rahasia pribadi")), full.obtainMethod(), full.format(), full.deliveryMethod(), full.cost(),
                    full.templateVersion());
            at(ON_TIME).given(registered())
                    .when(send(redacted))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REDACTION_IN_FULL_GRANT));
        }
    }
}
