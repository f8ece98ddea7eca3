package id.go.cilegon.sigap.command.shared.calendar;

import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline.ReceiptShift;
import id.go.cilegon.sigap.command.shared.api.calendar.SkippedDay;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Counts <i>hari kerja</i>, the unit of every statutory clock in UU KIP: Monday to Friday, minus the
 * <i>hari libur nasional</i> and <i>cuti bersama</i> of the SKB 3 Menteri for that year (Perpres 21/2023). The
 * counting convention is ours, because the law does not write it down (ADR 0004): day 1 is the first working day
 * after the effective receipt date, and a receipt on a day off or at/after office close counts as received on the
 * next working day.
 *
 * <p>The holidays are data ({@code calendar/hari-libur.csv}), one decree per year. For a year without a decree
 * only the five fixed-date national holidays are known; such a year is counted anyway, because a request
 * received in late December must get a due date in January, and the {@link Deadline} records that year as
 * provisional so the explanation can warn that the real deadline may be later.
 *
 * <p>The calendar computes; it does not remember. A {@link Deadline} carries its own due date and skipped days,
 * so a later revision of the holiday data never moves a deadline already stored in an event.
 */
public final class WorkingDayCalendar {

    /** Holidays fixed by date in every year, known before the year's SKB is signed. */
    private static final Map<MonthDay, String> FIXED_DATE_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "Tahun Baru Masehi",
            MonthDay.of(5, 1), "Hari Buruh Internasional",
            MonthDay.of(6, 1), "Hari Lahir Pancasila",
            MonthDay.of(8, 17), "Hari Kemerdekaan RI",
            MonthDay.of(12, 25), "Hari Raya Natal");

    private final ZoneId zone;
    private final LocalTime officeClose;
    private final Map<LocalDate, Holiday> holidays = new HashMap<>();
    private final Set<Integer> decreedYears = new HashSet<>();

    /**
     * @param holidays every holiday and cuti bersama; a year with at least one entry counts as decreed, any other
     *                 year as provisional
     */
    WorkingDayCalendar(ZoneId zone, LocalTime officeClose, Collection<Holiday> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.officeClose = Objects.requireNonNull(officeClose, "officeClose");
        for (Holiday holiday : holidays) {
            if (this.holidays.putIfAbsent(holiday.date(), holiday) != null) {
                throw new IllegalArgumentException("Two holidays on " + holiday.date()
                        + ": list the date once, with both names");
            }
            decreedYears.add(holiday.date().getYear());
        }
    }

    /**
     * The calendar with the holiday table shipped in the application.
     *
     * @param zone        the office's time zone (Asia/Jakarta for Cilegon)
     * @param officeClose receipts at or after this local time count from the next working day
     */
    public static WorkingDayCalendar standard(ZoneId zone, LocalTime officeClose) {
        return new WorkingDayCalendar(zone, officeClose, HolidayTable.standard());
    }

    /** The zone whose wall clock decides dates and office hours; "today" must be taken in it too. */
    /** The time after which a receipt counts from the next working day; also when a due date's working day ends. */
    public LocalTime officeClose() {
        return officeClose;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /** The working day a receipt counts as received on: its own day, or the next working day. */
    public LocalDate effectiveReceiptDate(Instant receivedAt) {
        return new Count().receipt(receivedAt).effectiveDate();
    }

    /**
     * The deadline {@code workingDays} hari kerja after a receipt, e.g. 10 for the written notice of UU KIP
     * Pasal 22(7).
     */
    public Deadline workingDaysAfter(Instant receivedAt, int workingDays) {
        requirePositive(workingDays);
        Count count = new Count();
        Receipt receipt = count.receipt(receivedAt);
        LocalDate due = count.after(receipt.effectiveDate(), workingDays);
        return new Deadline(receivedAt, receipt.local(), receipt.shift(), receipt.effectiveDate(), workingDays, due,
                List.copyOf(count.skipped), List.copyOf(count.provisionalYears), List.of());
    }

    /**
     * The deadline moved by {@code more} hari kerja counted after its current due date (UU KIP Pasal 22(8): +7).
     * The days skipped before that date are kept as they were, even if the holiday data has changed since.
     */
    public Deadline extend(Deadline deadline, int more) {
        requirePositive(more);
        Count count = new Count();
        LocalDate due = count.after(deadline.dueDate(), more);
        List<SkippedDay> skipped = new ArrayList<>(deadline.skippedDays());
        skipped.addAll(count.skipped);
        SortedSet<Integer> provisionalYears = new TreeSet<>(deadline.provisionalYears());
        provisionalYears.addAll(count.provisionalYears);
        List<Deadline.Extension> extensions = new ArrayList<>(deadline.extensions());
        extensions.add(new Deadline.Extension(deadline.dueDate(), more));
        return new Deadline(deadline.receivedAt(), deadline.receivedLocal(), deadline.receiptShift(),
                deadline.effectiveReceiptDate(), deadline.workingDays() + more, due, List.copyOf(skipped),
                List.copyOf(provisionalYears), List.copyOf(extensions));
    }

    /**
     * Hari kerja left until {@code due}: the working days after {@code today} up to and including {@code due},
     * so 1 on the day before, 0 on the due date itself. After the due date it is negative: minus the working
     * days since, and at least −1, so a weekend right after the due date already reads as overdue.
     */
    public int workingDaysUntil(LocalDate today, LocalDate due) {
        if (today.isBefore(due)) {
            return workingDaysAfterUpTo(today, due);
        }
        if (today.isAfter(due)) {
            return -Math.max(1, workingDaysAfterUpTo(due, today));
        }
        return 0;
    }

    /**
     * The latest due date that leaves at most {@code workingDaysLeft} hari kerja on {@code today} by
     * {@link #workingDaysUntil}: a case is that close to its deadline exactly when it is due on or before this date,
     * so a queue can be filtered by date in the store.
     */
    public LocalDate latestDueWithin(LocalDate today, int workingDaysLeft) {
        if (workingDaysLeft == -1) {
            return today.minusDays(1);
        }
        LocalDate day = today;
        int counted = 0;
        if (workingDaysLeft >= 0) {
            while (counted + (isWorkingDay(day.plusDays(1)) ? 1 : 0) <= workingDaysLeft) {
                day = day.plusDays(1);
                counted += isWorkingDay(day) ? 1 : 0;
            }
            return day;
        }
        while (counted < -workingDaysLeft) {
            counted += isWorkingDay(day) ? 1 : 0;
            day = day.minusDays(1);
        }
        return day;
    }

    private int workingDaysAfterUpTo(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Why {@code date} is not a working day; a holiday on a weekend is reported as the holiday. */
    private Optional<SkippedDay> dayOff(LocalDate date) {
        if (decreedYears.contains(date.getYear())) {
            Holiday holiday = holidays.get(date);
            if (holiday != null) {
                return Optional.of(holiday.skipped());
            }
        } else {
            String fixed = FIXED_DATE_HOLIDAYS.get(MonthDay.from(date));
            if (fixed != null) {
                return Optional.of(new SkippedDay(date, SkippedDay.Kind.FIXED_HOLIDAY_PROVISIONAL, fixed));
            }
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                ? Optional.of(new SkippedDay(date, SkippedDay.Kind.WEEKEND, null))
                : Optional.empty();
    }

    private static void requirePositive(int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A deadline counts at least one hari kerja, got " + workingDays);
        }
    }

    private record Receipt(LocalDateTime local, ReceiptShift shift, LocalDate effectiveDate) {
    }

    /** One count over the calendar, noting the days it skipped and the undecreed years it looked at. */
    private final class Count {
        private final List<SkippedDay> skipped = new ArrayList<>();
        private final SortedSet<Integer> provisionalYears = new TreeSet<>();

        Receipt receipt(Instant receivedAt) {
            LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone);
            LocalDate day = local.toLocalDate();
            ReceiptShift shift = lookUp(day).isPresent() ? ReceiptShift.NON_WORKING_DAY
                    : local.toLocalTime().isBefore(officeClose) ? ReceiptShift.NONE
                    : ReceiptShift.AFTER_OFFICE_HOURS;
            LocalDate effective = day;
            if (shift != ReceiptShift.NONE) {
                do {
                    effective = effective.plusDays(1);
                } while (lookUp(effective).isPresent());
            }
            return new Receipt(local, shift, effective);
        }

        /** Day {@code workingDays} after {@code start}, noting every day skipped on the way. */
        LocalDate after(LocalDate start, int workingDays) {
            LocalDate day = start;
            int counted = 0;
            while (counted < workingDays) {
                day = day.plusDays(1);
                Optional<SkippedDay> off = lookUp(day);
                if (off.isPresent()) {
                    skipped.add(off.get());
                } else {
                    counted++;
                }
            }
            return day;
        }

        private Optional<SkippedDay> lookUp(LocalDate date) {
            if (!decreedYears.contains(date.getYear())) {
                provisionalYears.add(date.getYear());
            }
            return dayOff(date);
        }
    }
}
