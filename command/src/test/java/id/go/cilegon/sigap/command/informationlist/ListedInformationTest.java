package id.go.cilegon.sigap.command.informationlist;

import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.informationlist.api.ExemptInformation;
import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionLifted;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationExempted;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.InformationListRules;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.command.informationlist.api.LiftExemption;
import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationUpdated;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationWithdrawn;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.UpdateListedInformation;
import id.go.cilegon.sigap.command.informationlist.api.WithdrawListedInformation;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A piece of information from the Daftar Informasi Publik to the Daftar Informasi yang Dikecualikan and back: listed,
 * updated, exempted after a consequence test, reminded, ended, lifted, withdrawn, and every refusal on the way.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ListedInformationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));
    private static final ListedInformationId ID = ListedInformationId.of("b1c5a0de-0000-4000-8000-000000000001");
    private static final ListedInformationNumber NUMBER = ListedInformationNumber.of(2026, 3);
    private static final OfficerId PPID = OfficerId.of("petugas");
    private static final InformationDescription BUDGET = new InformationDescription("DPA Diskominfo 2026",
            "Dokumen pelaksanaan anggaran dinas tahun 2026", InformationCategory.BERKALA, UnitId.of("DISKOMINFO"),
            "Sekretaris Dinas", "Cilegon, Januari 2026", List.of(InformationForm.SOFTCOPY, InformationForm.HARDCOPY),
            "5 tahun (JRA)", "https://ppid.cilegon.example/dpa-2026");
    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 2);
    private static final ConsequenceTest TEST = new ConsequenceTest(List.of("Berkas penyidikan No. 12/2026"),
            "UU 14/2008 Pasal 17 huruf a; UU 8/1981 (KUHAP)",
            "Membukanya menghambat penyidikan yang berjalan; kepentingan umum lebih terlindungi bila ditutup",
            Period.ofYears(2));
    private static final Exemption EXEMPTION = new Exemption(List.of(ExemptionGround.A_PENEGAKAN_HUKUM),
            TEST, "188.45/12-PPID/2026", DECIDED);

    private static Instant wib(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WIB).toInstant();
    }

    private static FixtureConfiguration<ListedInformation> at(Instant now) {
        FixtureConfiguration<ListedInformation> fixture = new AggregateTestFixture<>(ListedInformation.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(CALENDAR);
        return fixture;
    }

    private static InformationListed listed() {
        return new InformationListed(ID, NUMBER, BUDGET, PPID, wib(2026, 1, 5, 9));
    }

    private static InformationExempted exempted() {
        return new InformationExempted(ID, EXEMPTION, false, PPID, wib(2026, 11, 2, 10));
    }

    @Test
    void listing_keeps_the_description_stripped_under_its_number() {
        InformationDescription untidy = new InformationDescription(" DPA Diskominfo 2026 ",
                "Dokumen pelaksanaan anggaran dinas tahun 2026 ", InformationCategory.BERKALA, UnitId.of("DISKOMINFO"),
                " Sekretaris Dinas", "Cilegon, Januari 2026", List.of(InformationForm.HARDCOPY,
                InformationForm.SOFTCOPY, InformationForm.SOFTCOPY), "5 tahun (JRA)",
                " https://ppid.cilegon.example/dpa-2026 ");
        Instant now = wib(2026, 1, 5, 9);
        FixtureConfiguration<ListedInformation> fixture = at(now);
        Map<String, Long> issued = new HashMap<>(Map.of("INF/2026", 2L));
        RegisterSequence registers = (register, year) -> issued.merge(register + "/" + year, 1L, Long::sum);
        fixture.registerAnnotatedCommandHandler(new InformationListing(fixture.getRepository(), registers, CALENDAR,
                Clock.fixed(now, WIB)));
        fixture.givenNoPriorActivity()
                .when(new ListInformation(ID, untidy, PPID))
                .expectEvents(listed())
                .expectResultMessagePayload(NUMBER);
    }

    @Test
    void a_description_without_every_element_is_no_command() {
        InformationDescription noRetention = new InformationDescription("Judul", "Ringkasan",
                InformationCategory.SETIAP_SAAT, UnitId.of("SETDA"), "Kabag Umum", "2026",
                List.of(InformationForm.SOFTCOPY), " ", null);
        assertThatThrownBy(() -> new ListInformation(ID, noRetention, PPID))
                .isInstanceOf(IllegalArgumentException.class);
        InformationDescription scriptLink = new InformationDescription("Judul", "Ringkasan",
                InformationCategory.SETIAP_SAAT, UnitId.of("SETDA"), "Kabag Umum", "2026",
                List.of(InformationForm.SOFTCOPY), "5 tahun", "javascript:alert(1)");
        assertThatThrownBy(() -> new ListInformation(ID, scriptLink, PPID)).as("a link is a web address")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UpdateListedInformation(ID, new InformationDescription("Judul", "Ringkasan",
                InformationCategory.SETIAP_SAAT, UnitId.of("SETDA"), "Kabag Umum", "2026", List.of(), "5 tahun",
                null), false, PPID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_update_records_the_new_text_and_an_unchanged_one_records_nothing() {
        InformationDescription renamed = new InformationDescription("DPA Perubahan Diskominfo 2026",
                BUDGET.summary(), BUDGET.category(), BUDGET.unit(), BUDGET.responsible(), BUDGET.madeWhen(),
                BUDGET.forms(), BUDGET.retention(), BUDGET.link());
        Instant now = wib(2026, 9, 1, 9);
        at(now).given(listed())
                .when(new UpdateListedInformation(ID, renamed, false, PPID))
                .expectEvents(new ListedInformationUpdated(ID, renamed, false, PPID, now));
        at(now).given(listed())
                .when(new UpdateListedInformation(ID, BUDGET, false, PPID))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        // A new edition of the same information is an update of its own.
        at(now).given(listed())
                .when(new UpdateListedInformation(ID, BUDGET, true, PPID))
                .expectEvents(new ListedInformationUpdated(ID, BUDGET, true, PPID, now));
    }

    @Test
    void an_exemption_rests_on_a_complete_consequence_test_and_runs_for_its_period() {
        Instant now = wib(2026, 11, 2, 10);
        at(now).given(listed())
                .when(new ExemptInformation(ID, new Exemption(List.of(ExemptionGround.A_PENEGAKAN_HUKUM,
                        ExemptionGround.A_PENEGAKAN_HUKUM), TEST, " 188.45/12-PPID/2026 ", DECIDED), PPID))
                .expectEvents(exempted());
        assertThat(EXEMPTION.endsOn()).isEqualTo(LocalDate.of(2028, 11, 2));

        ConsequenceTest withoutAnalysis = new ConsequenceTest(TEST.documents(), TEST.lawReliedOn(), " ",
                TEST.exemptionPeriod());
        at(now).given(listed())
                .when(new ExemptInformation(ID, new Exemption(EXEMPTION.grounds(), withoutAnalysis, null, DECIDED),
                        PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.INCOMPLETE_TEST));
        assertThatThrownBy(() -> new ExemptInformation(ID, new Exemption(List.of(), TEST, null, DECIDED), PPID))
                .as("no Pasal 17 letter, no exemption").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_decision_is_not_dated_after_today_nor_recorded_once_its_period_is_over() {
        Instant now = wib(2026, 11, 2, 10);
        at(now).given(listed())
                .when(new ExemptInformation(ID, new Exemption(EXEMPTION.grounds(), TEST, null,
                        LocalDate.of(2026, 11, 3)), PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.DECIDED_IN_FUTURE));
        at(now).given(listed())
                .when(new ExemptInformation(ID, new Exemption(EXEMPTION.grounds(), TEST, null,
                        LocalDate.of(2024, 11, 2)), PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.ALREADY_ENDED));
    }

    @Test
    void a_new_test_before_the_end_renews_the_exemption() {
        Instant now = wib(2028, 10, 20, 10);
        Exemption renewed = new Exemption(EXEMPTION.grounds(), TEST, "188.45/40-PPID/2028",
                LocalDate.of(2028, 10, 20));
        at(now).given(listed(), exempted())
                .when(new ExemptInformation(ID, renewed, PPID))
                .expectEvents(new InformationExempted(ID, renewed, true, PPID, now));
    }

    @Test
    void the_review_is_reminded_once_thirty_days_before_the_end() {
        Instant early = wib(2028, 10, 2, 6);
        at(early).given(listed(), exempted())
                .when(new RecordExemptionReviewDue(ID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.NOT_DUE));
        Instant due = wib(2028, 10, 3, 6);
        ExemptionReviewDue reminded = new ExemptionReviewDue(ID, LocalDate.of(2028, 11, 2), due);
        at(due).given(listed(), exempted())
                .when(new RecordExemptionReviewDue(ID))
                .expectEvents(reminded);
        at(due).given(listed(), exempted(), reminded)
                .when(new RecordExemptionReviewDue(ID))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        // Open information has no review to remind.
        at(due).given(listed())
                .when(new RecordExemptionReviewDue(ID))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_end_of_the_period_opens_the_information_once() {
        Instant before = wib(2028, 11, 1, 23);
        at(before).given(listed(), exempted())
                .when(new RecordExemptionEnded(ID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.NOT_DUE));
        Instant on = wib(2028, 11, 2, 0);
        ExemptionEnded ended = new ExemptionEnded(ID, LocalDate.of(2028, 11, 2), on);
        at(on).given(listed(), exempted())
                .when(new RecordExemptionEnded(ID))
                .expectEvents(ended);
        at(on).given(listed(), exempted(), ended)
                .when(new RecordExemptionEnded(ID))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        at(on).given(listed(), exempted(), ended)
                .when(new LiftExemption(ID, "Dibuka", PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.NOT_EXEMPT));
    }

    @Test
    void an_exemption_is_lifted_early_with_a_reason_and_only_while_it_runs() {
        Instant now = wib(2027, 3, 1, 9);
        at(now).given(listed(), exempted())
                .when(new LiftExemption(ID, " Putusan Komisi Informasi Banten No. 7/2027 ", PPID))
                .expectEvents(new ExemptionLifted(ID, "Putusan Komisi Informasi Banten No. 7/2027", PPID, now));
        at(now).given(listed())
                .when(new LiftExemption(ID, "Dibuka", PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.NOT_EXEMPT));
    }

    @Test
    void withdrawn_information_takes_nothing_more() {
        Instant now = wib(2031, 2, 1, 9);
        ListedInformationWithdrawn withdrawn = new ListedInformationWithdrawn(ID,
                "Diserahkan ke Dinas Arsip sesuai JRA", PPID, now);
        at(now).given(listed(), exempted())
                .when(new WithdrawListedInformation(ID, "Diserahkan ke Dinas Arsip sesuai JRA ", PPID))
                .expectEvents(withdrawn);
        at(now).given(listed(), withdrawn)
                .when(new UpdateListedInformation(ID, BUDGET, true, PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.WITHDRAWN));
        at(now).given(listed(), withdrawn)
                .when(new ExemptInformation(ID, EXEMPTION, PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationListRules.WITHDRAWN));
        at(now).given(listed(), withdrawn)
                .when(new RecordExemptionEnded(ID))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }
}
