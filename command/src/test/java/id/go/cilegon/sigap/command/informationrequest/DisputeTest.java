package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.WIB;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.disputeFiled;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.objectionAnswered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.objectionFiled;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.refusedAsExempt;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.stageRecorded;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;

import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStageRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sengketa at the Komisi Informasi (UU KIP Pasal 37–50). The keberatan of these cases was filed Mon 4 May
 * 2026, the Atasan's answer was due Tue 23 Jun and, when given, came Mon 8 Jun: a sengketa is then due by Mon 29
 * Jun (16 Jun is not counted), or, had the Atasan not answered, by Mon 13 Jul.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DisputeTest {

    private static final Instant NOTICE = wib(2026, 4, 1, 10, 0);
    private static final Instant OBJECTION = wib(2026, 5, 4, 10, 0);
    private static final Instant ANSWERED = wib(2026, 6, 8, 10, 0);
    private static final String KI_BANTEN = "Komisi Informasi Provinsi Banten";

    private static Object[] answeredKeberatan() {
        return new Object[] {registered(), noticeSent(refusedAsExempt(), NOTICE),
                objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 4, 1), OBJECTION),
                objectionAnswered(ObjectionOutcome.REJECTED, ANSWERED, false)};
    }

    private static Object[] unansweredKeberatan() {
        return new Object[] {registered(), noticeSent(refusedAsExempt(), NOTICE),
                objectionFiled(ObjectionGround.A_PENOLAKAN_PASAL_17, LocalDate.of(2026, 4, 1), OBJECTION)};
    }

    private static RecordDisputeFiled filedOn(LocalDate date) {
        return new RecordDisputeFiled(ID, KI_BANTEN, "012/REG-PSI/VI/2026", date, PPID);
    }

    private static Instant dayAfter(LocalDate date) {
        return date.plusDays(1).atTime(10, 0).atZone(WIB).toInstant();
    }

    @Nested
    class Recording_the_filing_of_a_sengketa {

        @Test
        void records_a_filing_within_fourteen_hari_kerja_after_the_atasans_answer() {
            LocalDate filed = LocalDate.of(2026, 6, 15);
            at(dayAfter(filed)).given(answeredKeberatan())
                    .when(filedOn(filed))
                    .expectEvents(new DisputeFiled(ID, ObjectionNumber.of(2026, 1), KI_BANTEN,
                            "012/REG-PSI/VI/2026", filed, PPID, dayAfter(filed)));
        }

        @Test
        void accepts_the_last_day_of_the_fourteen() {
            LocalDate lastDay = LocalDate.of(2026, 6, 29);
            at(dayAfter(lastDay)).given(answeredKeberatan())
                    .when(filedOn(lastDay))
                    .expectEvents(new DisputeFiled(ID, ObjectionNumber.of(2026, 1), KI_BANTEN,
                            "012/REG-PSI/VI/2026", lastDay, PPID, dayAfter(lastDay)));
        }

        @Test
        void is_refused_after_the_fourteen_hari_kerja() {
            LocalDate tooLate = LocalDate.of(2026, 6, 30);
            at(dayAfter(tooLate)).given(answeredKeberatan())
                    .when(filedOn(tooLate))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_OUTSIDE_WINDOW));
        }

        @Test
        void is_refused_before_the_atasan_answered_while_the_atasan_still_has_time() {
            LocalDate early = LocalDate.of(2026, 6, 5);
            at(dayAfter(early)).given(unansweredKeberatan())
                    .when(filedOn(early))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_BEFORE_OBJECTION_ANSWER));
        }

        @Test
        void is_refused_with_a_filing_date_before_the_answer() {
            LocalDate beforeAnswer = LocalDate.of(2026, 6, 5);
            at(dayAfter(LocalDate.of(2026, 6, 10))).given(answeredKeberatan())
                    .when(filedOn(beforeAnswer))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_BEFORE_OBJECTION_ANSWER));
        }

        @Test
        void records_a_filing_after_the_atasans_deadline_lapsed_unanswered() {
            LocalDate afterLapse = LocalDate.of(2026, 7, 13);
            at(dayAfter(afterLapse)).given(unansweredKeberatan())
                    .when(filedOn(afterLapse))
                    .expectEvents(new DisputeFiled(ID, ObjectionNumber.of(2026, 1), KI_BANTEN,
                            "012/REG-PSI/VI/2026", afterLapse, PPID, dayAfter(afterLapse)));
        }

        @Test
        void records_a_filing_made_after_the_lapse_even_when_the_atasan_answered_late_afterwards() {
            LocalDate afterLapse = LocalDate.of(2026, 7, 6);
            List<Object> history = new ArrayList<>(List.of(unansweredKeberatan()));
            history.add(objectionAnswered(ObjectionOutcome.REJECTED, wib(2026, 7, 10, 10, 0), true));
            at(wib(2026, 7, 13, 10, 0)).given(history)
                    .when(filedOn(afterLapse))
                    .expectEvents(new DisputeFiled(ID, ObjectionNumber.of(2026, 1), KI_BANTEN,
                            "012/REG-PSI/VI/2026", afterLapse, PPID, wib(2026, 7, 13, 10, 0)));
        }

        @Test
        void is_refused_more_than_fourteen_hari_kerja_after_the_lapse() {
            LocalDate tooLate = LocalDate.of(2026, 7, 14);
            at(dayAfter(tooLate)).given(unansweredKeberatan())
                    .when(filedOn(tooLate))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_OUTSIDE_WINDOW));
        }

        @Test
        void is_refused_without_a_keberatan() {
            LocalDate date = LocalDate.of(2026, 6, 15);
            at(dayAfter(date)).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(filedOn(date))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_WITHOUT_OBJECTION));
        }

        @Test
        void is_refused_a_second_time_for_the_same_keberatan() {
            LocalDate date = LocalDate.of(2026, 6, 16);
            List<Object> history = new ArrayList<>(List.of(answeredKeberatan()));
            history.add(disputeFiled(LocalDate.of(2026, 6, 15)));
            at(dayAfter(date)).given(history)
                    .when(filedOn(date))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_ALREADY_FILED));
        }

        @Test
        void is_refused_with_a_filing_date_in_the_future() {
            at(wib(2026, 6, 15, 10, 0)).given(answeredKeberatan())
                    .when(filedOn(LocalDate.of(2026, 6, 16)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DATE_IN_THE_FUTURE));
        }
    }

    @Nested
    class Recording_a_stage {

        private static final LocalDate FILED = LocalDate.of(2026, 6, 15);
        private static final Instant YEAR_END = wib(2026, 12, 31, 10, 0);

        /** One way to reach each stage, a week per stage, as the KI and the courts might have recorded it. */
        private static final Map<DisputeStage, List<DisputeStage>> PATHS = Map.of(
                DisputeStage.DIDAFTARKAN_KI, List.of(),
                DisputeStage.MEDIASI, List.of(DisputeStage.MEDIASI),
                DisputeStage.MEDIASI_BERHASIL, List.of(DisputeStage.MEDIASI, DisputeStage.MEDIASI_BERHASIL),
                DisputeStage.AJUDIKASI, List.of(DisputeStage.MEDIASI, DisputeStage.AJUDIKASI),
                DisputeStage.PUTUSAN_KI, List.of(DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI),
                DisputeStage.DILAKSANAKAN, List.of(DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI,
                        DisputeStage.DILAKSANAKAN),
                DisputeStage.DIGUGAT_PENGADILAN, List.of(DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI,
                        DisputeStage.DIGUGAT_PENGADILAN),
                DisputeStage.PUTUSAN_PENGADILAN, List.of(DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI,
                        DisputeStage.DIGUGAT_PENGADILAN, DisputeStage.PUTUSAN_PENGADILAN),
                DisputeStage.KASASI, List.of(DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI,
                        DisputeStage.DIGUGAT_PENGADILAN, DisputeStage.PUTUSAN_PENGADILAN, DisputeStage.KASASI),
                DisputeStage.INKRACHT, List.of(DisputeStage.AJUDIKASI, DisputeStage.PUTUSAN_KI,
                        DisputeStage.DIGUGAT_PENGADILAN, DisputeStage.PUTUSAN_PENGADILAN, DisputeStage.INKRACHT));

        /** The case file up to {@code stage}, and the date that stage was reached. */
        private static List<Object> historyAt(DisputeStage stage) {
            List<Object> history = new ArrayList<>(List.of(answeredKeberatan()));
            history.add(disputeFiled(FILED));
            List<DisputeStage> path = PATHS.get(stage);
            for (int i = 0; i < path.size(); i++) {
                history.add(stageRecorded(path.get(i), FILED.plusWeeks(i + 1)));
            }
            return history;
        }

        private static LocalDate reachedOn(DisputeStage stage) {
            return FILED.plusWeeks(PATHS.get(stage).size());
        }

        private static RecordDisputeStage record(DisputeStage stage, LocalDate on) {
            return new RecordDisputeStage(ID, stage, on, "Putusan/kesepakatan " + stage, PPID);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "DIDAFTARKAN_KI, MEDIASI",
                "DIDAFTARKAN_KI, AJUDIKASI",
                "MEDIASI, MEDIASI_BERHASIL",
                "MEDIASI, AJUDIKASI",
                "AJUDIKASI, PUTUSAN_KI",
                "PUTUSAN_KI, DILAKSANAKAN",
                "PUTUSAN_KI, DIGUGAT_PENGADILAN",
                "DIGUGAT_PENGADILAN, PUTUSAN_PENGADILAN",
                "PUTUSAN_PENGADILAN, KASASI",
                "PUTUSAN_PENGADILAN, INKRACHT",
                "KASASI, INKRACHT"})
        void a_sengketa_moves_along_the_statutory_path(DisputeStage from, DisputeStage to) {
            LocalDate on = reachedOn(from).plusWeeks(1);
            at(YEAR_END).given(historyAt(from))
                    .when(record(to, on))
                    .expectEvents(new DisputeStageRecorded(ID, to, on, "Putusan/kesepakatan " + to, PPID,
                            YEAR_END));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "DIDAFTARKAN_KI, PUTUSAN_KI",
                "DIDAFTARKAN_KI, DIDAFTARKAN_KI",
                "MEDIASI, PUTUSAN_KI",
                "MEDIASI, MEDIASI",
                "AJUDIKASI, DILAKSANAKAN",
                "PUTUSAN_KI, INKRACHT",
                "DIGUGAT_PENGADILAN, INKRACHT",
                "MEDIASI_BERHASIL, AJUDIKASI",
                "DILAKSANAKAN, DIGUGAT_PENGADILAN",
                "INKRACHT, KASASI"})
        void a_jump_off_the_statutory_path_is_refused(DisputeStage from, DisputeStage to) {
            at(YEAR_END).given(historyAt(from))
                    .when(record(to, reachedOn(from).plusWeeks(1)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_STAGE_NOT_ALLOWED));
        }

        @Test
        void is_refused_with_a_date_before_the_stage_it_follows() {
            at(YEAR_END).given(historyAt(DisputeStage.MEDIASI))
                    .when(record(DisputeStage.MEDIASI_BERHASIL, reachedOn(DisputeStage.MEDIASI).minusDays(1)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DISPUTE_STAGE_DATE_BEFORE_PREVIOUS));
        }

        @Test
        void is_refused_with_a_date_in_the_future() {
            at(wib(2026, 6, 25, 10, 0)).given(historyAt(DisputeStage.DIDAFTARKAN_KI))
                    .when(record(DisputeStage.MEDIASI, LocalDate.of(2026, 6, 26)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DATE_IN_THE_FUTURE));
        }

        @Test
        void is_refused_without_a_sengketa() {
            at(YEAR_END).given(answeredKeberatan())
                    .when(record(DisputeStage.MEDIASI, LocalDate.of(2026, 7, 1)))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NO_DISPUTE));
        }
    }
}
