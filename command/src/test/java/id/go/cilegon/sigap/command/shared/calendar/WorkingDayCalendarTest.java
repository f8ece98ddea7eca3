package id.go.cilegon.sigap.command.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline.ReceiptShift;
import id.go.cilegon.sigap.command.shared.api.calendar.SkippedDay;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The hari-kerja rules of ADR 0004 on the real 2025–2026 decrees. Every expected date below was counted by hand
 * on a paper calendar of 2026 (1 March 2026 is a Sunday; 1 January 2027 a Friday); instants are UTC, WIB is
 * UTC+7.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDayCalendarTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));

    /** Monday 16 March 2026, 10:00 WIB: two days before Nyepi, the week Idulfitri follows it. */
    private static final Instant MONDAY_BEFORE_NYEPI = Instant.parse("2026-03-16T03:00:00Z");

    /** 18–24 March (Nyepi, Idulfitri), 28–29 March, and Good Friday to Easter Sunday 3–5 April 2026. */
    private static final List<SkippedDay> SKIPPED_16_MARCH_TO_7_APRIL = List.of(
            cutiBersama("2026-03-18", "Nyepi"),
            libur("2026-03-19", "Nyepi (Saka 1948)"),
            cutiBersama("2026-03-20", "Idul Fitri 1447 H"),
            libur("2026-03-21", "Idul Fitri 1447 H"),
            libur("2026-03-22", "Idul Fitri 1447 H"),
            cutiBersama("2026-03-23", "Idul Fitri 1447 H"),
            cutiBersama("2026-03-24", "Idul Fitri 1447 H"),
            weekend("2026-03-28"),
            weekend("2026-03-29"),
            libur("2026-04-03", "Wafat Yesus Kristus"),
            weekend("2026-04-04"),
            libur("2026-04-05", "Paskah"));

    @Nested
    class A_receipt_during_office_hours_on_a_working_day {

        @Test
        void counts_from_that_day_and_day_1_is_the_next_working_day() {
            // 17 Mar is day 1; 25, 26, 27, 30, 31 Mar, 1, 2, 6 Apr are days 2–9; Tue 7 Apr is day 10.
            Deadline deadline = CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10);

            assertThat(deadline.receivedAt()).isEqualTo(MONDAY_BEFORE_NYEPI);
            assertThat(deadline.receivedLocal()).isEqualTo(LocalDateTime.of(2026, 3, 16, 10, 0));
            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.NONE);
            assertThat(deadline.effectiveReceiptDate()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(deadline.workingDays()).isEqualTo(10);
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(deadline.provisionalYears()).isEmpty();
            assertThat(deadline.extensions()).isEmpty();
        }

        @Test
        void skips_every_weekend_libur_nasional_and_cuti_bersama_and_names_a_holiday_on_a_weekend_as_the_holiday() {
            Deadline deadline = CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10);

            assertThat(deadline.skippedDays()).containsExactlyElementsOf(SKIPPED_16_MARCH_TO_7_APRIL);
        }

        @Test
        void one_minute_before_office_close_still_counts_as_that_day() {
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-16T08:59:00Z"), 10);

            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.NONE);
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void the_day_after_receipt_can_be_a_week_away() {
            // Tue 17 Mar 2026: 18–24 Mar are all days off, so one hari kerja later is Wed 25 Mar.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-17T02:00:00Z"), 1);

            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
            assertThat(deadline.skippedDays()).extracting(SkippedDay::date).containsExactly(
                    LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20),
                    LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
                    LocalDate.of(2026, 3, 24));
        }
    }

    @Nested
    class A_receipt_at_or_after_office_close {

        /** Monday 16 March 2026, 16:00 WIB sharp. */
        private final Instant atClose = Instant.parse("2026-03-16T09:00:00Z");

        @Test
        void counts_as_received_on_the_next_working_day() {
            // Received Tue 17 Mar; day 1 is Wed 25 Mar, day 10 is Wed 8 Apr.
            Deadline deadline = CALENDAR.workingDaysAfter(atClose, 10);

            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.AFTER_OFFICE_HOURS);
            assertThat(deadline.receivedLocal()).isEqualTo(LocalDateTime.of(2026, 3, 16, 16, 0));
            assertThat(deadline.effectiveReceiptDate()).isEqualTo(LocalDate.of(2026, 3, 17));
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
            assertThat(deadline.skippedDays()).containsExactlyElementsOf(SKIPPED_16_MARCH_TO_7_APRIL);
        }

        @Test
        void on_a_friday_counts_as_received_on_monday() {
            // Fri 13 Mar 2026, 17:00 WIB.
            assertThat(CALENDAR.effectiveReceiptDate(Instant.parse("2026-03-13T10:00:00Z")))
                    .isEqualTo(LocalDate.of(2026, 3, 16));
        }

        @Test
        void uses_the_configured_office_close() {
            WorkingDayCalendar closingAtThree = WorkingDayCalendar.standard(WIB, LocalTime.of(15, 0));
            Instant halfPastThree = Instant.parse("2026-03-16T08:30:00Z");

            assertThat(closingAtThree.effectiveReceiptDate(halfPastThree)).isEqualTo(LocalDate.of(2026, 3, 17));
            assertThat(CALENDAR.effectiveReceiptDate(halfPastThree)).isEqualTo(LocalDate.of(2026, 3, 16));
        }

        @Test
        void the_date_is_taken_on_the_wib_wall_clock_not_in_utc() {
            // Tue 17 Mar 2026 00:30 WIB is still Monday 16 Mar in UTC: received on Tuesday, before office close.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-16T17:30:00Z"), 1);

            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.NONE);
            assertThat(deadline.effectiveReceiptDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        }
    }

    @Nested
    class A_receipt_on_a_non_working_day {

        @Test
        void on_a_saturday_counts_as_received_on_monday_and_the_weekend_is_not_in_the_count() {
            // Sat 14 Mar 2026, 10:00 WIB: received Mon 16 Mar, so the same due date as a Monday receipt.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-14T03:00:00Z"), 10);

            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.NON_WORKING_DAY);
            assertThat(deadline.effectiveReceiptDate()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(deadline.skippedDays()).containsExactlyElementsOf(SKIPPED_16_MARCH_TO_7_APRIL);
        }

        @Test
        void on_a_holiday_counts_as_received_on_the_first_working_day_after_the_whole_break() {
            // Nyepi, Thu 19 Mar 2026, 09:00 WIB: 20–24 Mar are off too, so received Wed 25 Mar. Day 1 is Thu 26,
            // then 27, 30, 31 Mar, 1, 2, 6, 7, 8 Apr; day 10 is Thu 9 Apr.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-19T02:00:00Z"), 10);

            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.NON_WORKING_DAY);
            assertThat(deadline.effectiveReceiptDate()).isEqualTo(LocalDate.of(2026, 3, 25));
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
            assertThat(deadline.skippedDays()).containsExactly(
                    weekend("2026-03-28"),
                    weekend("2026-03-29"),
                    libur("2026-04-03", "Wafat Yesus Kristus"),
                    weekend("2026-04-04"),
                    libur("2026-04-05", "Paskah"));
        }

        @Test
        void on_a_cuti_bersama_day_even_before_office_close_counts_from_the_next_working_day() {
            // Mon 18 Aug 2025, 09:00 WIB: cuti bersama added by the amended 2025 SKB.
            assertThat(CALENDAR.effectiveReceiptDate(Instant.parse("2025-08-18T02:00:00Z")))
                    .isEqualTo(LocalDate.of(2025, 8, 19));
        }
    }

    @Nested
    class An_extension {

        @Test
        void counts_the_extra_days_after_the_original_due_date_and_keeps_the_days_skipped_before_it() {
            // From Tue 7 Apr 2026: 8, 9, 10, 13, 14, 15, 16 Apr; 11–12 Apr is a weekend. Due Thu 16 Apr.
            Deadline original = CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10);

            Deadline extended = CALENDAR.extend(original, 7);

            assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 4, 16));
            assertThat(extended.workingDays()).isEqualTo(17);
            assertThat(extended.extensions())
                    .containsExactly(new Deadline.Extension(LocalDate.of(2026, 4, 7), 7));
            assertThat(extended.skippedDays()).startsWith(SKIPPED_16_MARCH_TO_7_APRIL.toArray(SkippedDay[]::new))
                    .endsWith(weekend("2026-04-11"), weekend("2026-04-12"))
                    .hasSize(14);
            assertThat(extended.receivedAt()).isEqualTo(original.receivedAt());
            assertThat(extended.effectiveReceiptDate()).isEqualTo(original.effectiveReceiptDate());
        }

        @Test
        void skips_the_holidays_in_its_own_stretch() {
            // Received Mon 27 Apr 2026: 28, 29, 30 Apr, 4–8, 11, 12 May (1 May Hari Buruh) → due Tue 12 May.
            // +7: 13, 18, 19, 20, 21, 22, 25 May (14 May Kenaikan, 15 May cuti bersama) → due Mon 25 May.
            Deadline original = CALENDAR.workingDaysAfter(Instant.parse("2026-04-27T03:00:00Z"), 10);
            assertThat(original.dueDate()).isEqualTo(LocalDate.of(2026, 5, 12));

            Deadline extended = CALENDAR.extend(original, 7);

            assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 5, 25));
            assertThat(extended.skippedDays()).containsExactly(
                    libur("2026-05-01", "Hari Buruh Internasional"),
                    weekend("2026-05-02"),
                    weekend("2026-05-03"),
                    weekend("2026-05-09"),
                    weekend("2026-05-10"),
                    libur("2026-05-14", "Kenaikan Yesus Kristus"),
                    cutiBersama("2026-05-15", "Kenaikan Yesus Kristus"),
                    weekend("2026-05-16"),
                    weekend("2026-05-17"),
                    weekend("2026-05-23"),
                    weekend("2026-05-24"));
        }

        @Test
        void of_no_days_is_refused() {
            Deadline original = CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10);

            assertThatThrownBy(() -> CALENDAR.extend(original, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Days_left {

        private final LocalDate due = LocalDate.of(2026, 4, 7);

        @Test
        void are_zero_on_the_due_date() {
            assertThat(CALENDAR.workingDaysUntil(due, due)).isZero();
        }

        @Test
        void are_the_working_days_after_today_up_to_the_due_date() {
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 3, 16), due)).isEqualTo(10);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 6), due)).isEqualTo(1);
            // Thu 2 Apr and Good Friday 3 Apr: only Mon 6 and Tue 7 Apr are left.
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 2), due)).isEqualTo(2);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 3), due)).isEqualTo(2);
        }

        @Test
        void are_negative_working_days_once_the_due_date_has_passed() {
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 8), due)).isEqualTo(-1);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 9), due)).isEqualTo(-2);
            // Wed 15 Apr: 8, 9, 10, 13, 14, 15 Apr have passed.
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 15), due)).isEqualTo(-6);
        }

        @Test
        void read_overdue_on_the_weekend_right_after_a_friday_due_date() {
            LocalDate friday = LocalDate.of(2026, 4, 10);

            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 11), friday)).isEqualTo(-1);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 12), friday)).isEqualTo(-1);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 13), friday)).isEqualTo(-1);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2026, 4, 14), friday)).isEqualTo(-2);
        }
    }

    @Nested
    class The_latest_due_date_within_some_hari_kerja {

        @Test
        void is_a_due_date_with_that_many_left_or_fewer_and_every_later_one_has_more() {
            // Around Easter and the weekends of April 2026, from Thu 2 Apr (Good Friday on 3 Apr) to Sat 11 Apr.
            for (LocalDate today = LocalDate.of(2026, 4, 2); !today.isAfter(LocalDate.of(2026, 4, 11));
                    today = today.plusDays(1)) {
                for (int left = -8; left <= 8; left++) {
                    LocalDate latest = CALENDAR.latestDueWithin(today, left);
                    for (LocalDate due = today.minusDays(20); due.isBefore(today.plusDays(20));
                            due = due.plusDays(1)) {
                        boolean within = CALENDAR.workingDaysUntil(today, due) <= left;
                        assertThat(within).as("today %s, due %s, at most %d left", today, due, left)
                                .isEqualTo(!due.isAfter(latest));
                    }
                }
            }
        }

        @Test
        void is_the_due_date_itself_for_none_left_and_the_day_before_today_for_one_overdue() {
            LocalDate thursday = LocalDate.of(2026, 4, 2);

            assertThat(CALENDAR.latestDueWithin(thursday, 0)).isEqualTo(LocalDate.of(2026, 4, 5));
            assertThat(CALENDAR.latestDueWithin(thursday, -1)).isEqualTo(LocalDate.of(2026, 4, 1));
        }
    }

    @Nested
    class A_year_without_a_decree {

        @Test
        void is_counted_with_only_the_fixed_date_holidays_and_recorded_as_provisional() {
            // Mon 21 Dec 2026: 22, 23, 28, 29, 30, 31 Dec, 4, 5, 6, 7 Jan. 24 Dec cuti bersama, 25 Dec Natal,
            // 1 Jan 2027 Tahun Baru (fixed date). Isra Mikraj 2027 (~5–6 Jan) is not known, so it is counted.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-12-21T03:00:00Z"), 10);

            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 1, 7));
            assertThat(deadline.provisionalYears()).containsExactly(2027);
            assertThat(deadline.skippedDays()).containsExactly(
                    cutiBersama("2026-12-24", "Hari Raya Natal"),
                    libur("2026-12-25", "Hari Raya Natal"),
                    weekend("2026-12-26"),
                    weekend("2026-12-27"),
                    new SkippedDay(LocalDate.of(2027, 1, 1), SkippedDay.Kind.FIXED_HOLIDAY_PROVISIONAL,
                            "Tahun Baru Masehi"),
                    weekend("2027-01-02"),
                    weekend("2027-01-03"));
        }

        @Test
        void is_provisional_when_only_the_receipt_shift_reaches_into_it() {
            // Thu 31 Dec 2026, 16:30 WIB: received Mon 4 Jan 2027 (1 Jan holiday, 2–3 Jan weekend).
            // Day 1 is Tue 5 Jan; 5–8, 11–15, 18 Jan are days 1–10.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-12-31T09:30:00Z"), 10);

            assertThat(deadline.receiptShift()).isEqualTo(ReceiptShift.AFTER_OFFICE_HOURS);
            assertThat(deadline.effectiveReceiptDate()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 1, 18));
            assertThat(deadline.provisionalYears()).containsExactly(2027);
        }

        @Test
        void keeps_the_fixed_date_holidays_but_not_estimated_ones() {
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 8, 17))).isFalse();
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 6, 1))).isFalse();
            // Good Friday 2027 is computable from Easter, but no decree lists it yet.
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 3, 26))).isTrue();
        }

        @Test
        void is_any_year_without_rows_in_the_table() {
            WorkingDayCalendar onlyNyepi2026 = new WorkingDayCalendar(WIB, LocalTime.of(16, 0),
                    List.of(new Holiday(LocalDate.of(2026, 3, 19), Holiday.Kind.LIBUR_NASIONAL, "Nyepi")));

            // 2026 is decreed, and its table does not list 1 Jan; 2025 is not, so 1 Jan is the fixed holiday.
            assertThat(onlyNyepi2026.isWorkingDay(LocalDate.of(2026, 1, 1))).isTrue();
            assertThat(onlyNyepi2026.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();
            assertThat(onlyNyepi2026.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
            assertThat(onlyNyepi2026.workingDaysAfter(Instant.parse("2025-12-29T03:00:00Z"), 1).provisionalYears())
                    .containsExactly(2025);
        }
    }

    @Nested
    class The_shipped_holiday_table {

        @Test
        void has_the_2025_and_2026_decrees_including_the_amendment_of_august_2025() {
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
        }

        @Test
        void gives_the_working_days_per_year_of_the_domain_brief() {
            // Domain brief §5.2–5.3: 237 working days in 2025, 240 in 2026.
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)))
                    .isEqualTo(237);
            assertThat(CALENDAR.workingDaysUntil(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                    .isEqualTo(240);
        }

        @Test
        void refuses_a_malformed_line_with_its_number() {
            String csv = "date,kind,name,decree\n2026-01-01,libur,Tahun Baru Masehi,SKB\n2026-13-01,libur,X,SKB\n";

            assertThatThrownBy(() -> HolidayTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("line 3");
        }

        @Test
        void refuses_two_rows_for_one_date() {
            List<Holiday> twice = List.of(
                    new Holiday(LocalDate.of(2026, 5, 31), Holiday.Kind.LIBUR_NASIONAL, "Waisak 2570 BE"),
                    new Holiday(LocalDate.of(2026, 5, 31), Holiday.Kind.LIBUR_NASIONAL, "Waisak"));

            assertThatThrownBy(() -> new WorkingDayCalendar(WIB, LocalTime.of(16, 0), twice))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-05-31");
        }
    }

    @Nested
    class The_explanation {

        @Test
        void names_every_skipped_day_grouped_by_holiday_in_bahasa_indonesia_by_default() {
            Deadline deadline = CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10);

            String expected = "Jatuh tempo Selasa, 7 April 2026: 10 hari kerja sejak Senin, 16 Maret 2026. "
                    + "Tidak dihitung (12 hari): 18 Mar cuti bersama Nyepi; 19 Mar Nyepi (Saka 1948); "
                    + "20, 23–24 Mar cuti bersama Idul Fitri 1447 H; 21–22 Mar Idul Fitri 1447 H; "
                    + "3 Apr Wafat Yesus Kristus; 5 Apr Paskah; akhir pekan 28–29 Mar, 4 Apr.";
            assertThat(deadline.explain(Locale.forLanguageTag("id-ID"))).isEqualTo(expected);
            assertThat(deadline.explain(null)).isEqualTo(expected);
            assertThat(deadline.explain(Locale.JAPANESE)).isEqualTo(expected);
        }

        @Test
        void is_in_english_for_an_english_locale() {
            Deadline deadline = CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10);

            assertThat(deadline.explain(Locale.UK)).isEqualTo(
                    "Due Tuesday, 7 April 2026: 10 working days after Monday, 16 March 2026. "
                            + "Not counted (12 days): 18 Mar cuti bersama Nyepi; 19 Mar Nyepi (Saka 1948); "
                            + "20, 23–24 Mar cuti bersama Idul Fitri 1447 H; 21–22 Mar Idul Fitri 1447 H; "
                            + "3 Apr Wafat Yesus Kristus; 5 Apr Paskah; weekend 28–29 Mar, 4 Apr.");
        }

        @Test
        void says_why_a_receipt_after_office_hours_counts_from_the_next_working_day() {
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-16T09:30:00Z"), 10);

            assertThat(deadline.explain(null)).startsWith("Diterima Senin, 16 Maret 2026 pukul 16.30, setelah jam "
                    + "kantor, sehingga dianggap diterima pada hari kerja berikutnya, Selasa, 17 Maret 2026. "
                    + "Jatuh tempo Rabu, 8 April 2026: 10 hari kerja sejak Selasa, 17 Maret 2026. ");
            assertThat(deadline.explain(Locale.ENGLISH)).startsWith("Received Monday, 16 March 2026 at 16:30, "
                    + "after office hours, so it counts as received on the next working day, Tuesday, "
                    + "17 March 2026. Due Wednesday, 8 April 2026: 10 working days after Tuesday, 17 March 2026. ");
        }

        @Test
        void says_why_a_receipt_on_a_weekend_counts_from_the_next_working_day() {
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-03-14T03:00:00Z"), 10);

            assertThat(deadline.explain(null)).startsWith("Diterima Sabtu, 14 Maret 2026, bukan hari kerja, "
                    + "sehingga dianggap diterima pada hari kerja berikutnya, Senin, 16 Maret 2026. Jatuh tempo ");
            assertThat(deadline.explain(Locale.ENGLISH)).startsWith("Received Saturday, 14 March 2026, not a "
                    + "working day, so it counts as received on the next working day, Monday, 16 March 2026. Due ");
        }

        @Test
        void of_an_extension_gives_the_original_due_date_and_every_day_skipped_in_both_stretches() {
            Deadline extended = CALENDAR.extend(CALENDAR.workingDaysAfter(MONDAY_BEFORE_NYEPI, 10), 7);

            assertThat(extended.explain(null)).isEqualTo(
                    "Jatuh tempo Kamis, 16 April 2026: 10 hari kerja sejak Senin, 16 Maret 2026 "
                            + "(sampai Selasa, 7 April 2026), diperpanjang 7 hari kerja. "
                            + "Tidak dihitung (14 hari): 18 Mar cuti bersama Nyepi; 19 Mar Nyepi (Saka 1948); "
                            + "20, 23–24 Mar cuti bersama Idul Fitri 1447 H; 21–22 Mar Idul Fitri 1447 H; "
                            + "3 Apr Wafat Yesus Kristus; 5 Apr Paskah; akhir pekan 28–29 Mar, 4, 11–12 Apr.");
            assertThat(extended.explain(Locale.ENGLISH)).startsWith(
                    "Due Thursday, 16 April 2026: 10 working days after Monday, 16 March 2026 "
                            + "(until Tuesday, 7 April 2026), extended by 7 working days. Not counted (14 days): ");
        }

        @Test
        void warns_that_a_year_without_a_decree_is_provisional_and_writes_the_year_of_its_dates() {
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-12-21T03:00:00Z"), 10);

            assertThat(deadline.explain(null)).isEqualTo(
                    "Jatuh tempo Kamis, 7 Januari 2027: 10 hari kerja sejak Senin, 21 Desember 2026. "
                            + "Tidak dihitung (7 hari): 24 Des cuti bersama Hari Raya Natal; "
                            + "25 Des Hari Raya Natal; 1 Jan 2027 Tahun Baru Masehi; "
                            + "akhir pekan 26–27 Des, 2–3 Jan 2027. "
                            + "Kalender tahun 2027 masih sementara (provisional): SKB libur nasional dan cuti "
                            + "bersama belum ada di Sigap, sehingga hanya libur bertanggal tetap (1 Januari, 1 Mei, "
                            + "1 Juni, 17 Agustus, 25 Desember) yang tidak dihitung; batas waktu yang sebenarnya "
                            + "bisa lebih lambat.");
            assertThat(deadline.explain(Locale.ENGLISH)).endsWith(
                    "weekend 26–27 Dec, 2–3 Jan 2027. The 2027 calendar is provisional: Sigap does not have the "
                            + "decree on national holidays and cuti bersama yet, so only the fixed-date holidays "
                            + "(1 January, 1 May, 1 June, 17 August, 25 December) were left out; the actual "
                            + "deadline may be later.");
        }

        @Test
        void writes_a_weekend_across_two_months_as_one_range() {
            // Wed 28 Jan 2026: 29, 30 Jan, 2 Feb; Sat 31 Jan and Sun 1 Feb between.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-01-28T03:00:00Z"), 3);

            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(deadline.explain(Locale.ENGLISH)).isEqualTo("Due Monday, 2 February 2026: 3 working days "
                    + "after Wednesday, 28 January 2026. Not counted (2 days): weekend 31 Jan–1 Feb.");
        }

        @Test
        void needs_no_list_when_no_day_was_skipped() {
            // Mon 6 Apr 2026: Tue 7 Apr is day 1.
            Deadline deadline = CALENDAR.workingDaysAfter(Instant.parse("2026-04-06T03:00:00Z"), 1);

            assertThat(deadline.explain(Locale.ENGLISH))
                    .isEqualTo("Due Tuesday, 7 April 2026: 1 working day after Monday, 6 April 2026.");
        }
    }

    private static SkippedDay libur(String date, String name) {
        return new SkippedDay(LocalDate.parse(date), SkippedDay.Kind.LIBUR_NASIONAL, name);
    }

    private static SkippedDay cutiBersama(String date, String name) {
        return new SkippedDay(LocalDate.parse(date), SkippedDay.Kind.CUTI_BERSAMA, name);
    }

    private static SkippedDay weekend(String date) {
        return new SkippedDay(LocalDate.parse(date), SkippedDay.Kind.WEEKEND, null);
    }
}
