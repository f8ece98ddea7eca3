package id.go.cilegon.sigap.command.shared.api.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Deadline} as text. Every skipped day is named, but grouped: one item per holiday (its days as
 * ranges, e.g. {@code 20, 23–24 Mar cuti bersama Idul Fitri 1447 H}) in order of first day, and all plain weekend
 * days in one final item. Holiday names stay as the decree writes them, in both languages.
 */
final class DeadlineExplanation {

    private DeadlineExplanation() {
    }

    static String render(Deadline deadline, Language language) {
        int baseYear = deadline.effectiveReceiptDate().getYear();
        StringBuilder text = new StringBuilder();
        switch (deadline.receiptShift()) {
            case AFTER_OFFICE_HOURS -> text.append(language.afterOfficeHours.formatted(
                    language.longDate(deadline.receivedLocal().toLocalDate()),
                    language.time(deadline.receivedLocal()),
                    language.longDate(deadline.effectiveReceiptDate())));
            case NON_WORKING_DAY -> text.append(language.nonWorkingDay.formatted(
                    language.longDate(deadline.receivedLocal().toLocalDate()),
                    language.longDate(deadline.effectiveReceiptDate())));
            case NONE -> {
            }
        }

        int extended = deadline.extensions().stream().mapToInt(Deadline.Extension::workingDays).sum();
        text.append(language.due.formatted(language.longDate(deadline.dueDate()),
                language.workingDays(deadline.workingDays() - extended),
                language.longDate(deadline.effectiveReceiptDate())));
        for (Deadline.Extension extension : deadline.extensions()) {
            text.append(language.until.formatted(language.longDate(extension.previousDueDate())))
                    .append(language.extendedBy.formatted(language.workingDays(extension.workingDays())));
        }

        if (!deadline.skippedDays().isEmpty()) {
            text.append(language.notCounted.formatted(language.days(deadline.skippedDays().size())))
                    .append(String.join("; ", skippedItems(deadline.skippedDays(), language, baseYear)));
        }
        text.append('.');

        if (!deadline.provisionalYears().isEmpty()) {
            text.append(language.provisional.formatted(language.join(deadline.provisionalYears())));
        }
        return text.toString();
    }

    private static List<String> skippedItems(List<SkippedDay> skippedDays, Language language, int baseYear) {
        Map<String, List<LocalDate>> holidays = new LinkedHashMap<>();
        List<LocalDate> weekends = new ArrayList<>();
        skippedDays.stream().sorted(Comparator.comparing(SkippedDay::date)).forEach(day -> {
            if (day.kind() == SkippedDay.Kind.WEEKEND) {
                weekends.add(day.date());
            } else {
                String label = day.kind() == SkippedDay.Kind.CUTI_BERSAMA ? "cuti bersama " + day.name() : day.name();
                holidays.computeIfAbsent(label, ignored -> new ArrayList<>()).add(day.date());
            }
        });
        List<String> items = new ArrayList<>();
        holidays.forEach((label, dates) -> items.add(language.dates(dates, baseYear) + " " + label));
        if (!weekends.isEmpty()) {
            items.add(language.weekend.formatted(language.dates(weekends, baseYear)));
        }
        return items;
    }

    /** The two languages Sigap speaks. Month and day names are spelled out here, not taken from JDK locale data. */
    enum Language {
        INDONESIAN(
                new String[] {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"},
                new String[] {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                        "September", "Oktober", "November", "Desember"},
                new String[] {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"},
                "%02d.%02d",
                "Diterima %s pukul %s, setelah jam kantor, sehingga dianggap diterima pada hari kerja berikutnya, "
                        + "%s. ",
                "Diterima %s, bukan hari kerja, sehingga dianggap diterima pada hari kerja berikutnya, %s. ",
                "Jatuh tempo %s: %s sejak %s",
                " (sampai %s)",
                ", diperpanjang %s",
                ". Tidak dihitung (%s): ",
                "akhir pekan %s",
                " Kalender tahun %s masih sementara (provisional): SKB libur nasional dan cuti bersama belum ada di "
                        + "Sigap, sehingga hanya libur bertanggal tetap (1 Januari, 1 Mei, 1 Juni, 17 Agustus, "
                        + "25 Desember) yang tidak dihitung; batas waktu yang sebenarnya bisa lebih lambat.",
                " dan ") {
            @Override
            String workingDays(int count) {
                return count + " hari kerja";
            }

            @Override
            String days(int count) {
                return count + " hari";
            }
        },
        ENGLISH(
                new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
                new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"},
                new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
                "%02d:%02d",
                "Received %s at %s, after office hours, so it counts as received on the next working day, %s. ",
                "Received %s, not a working day, so it counts as received on the next working day, %s. ",
                "Due %s: %s after %s",
                " (until %s)",
                ", extended by %s",
                ". Not counted (%s): ",
                "weekend %s",
                " The %s calendar is provisional: Sigap does not have the decree on national holidays and cuti "
                        + "bersama yet, so only the fixed-date holidays (1 January, 1 May, 1 June, 17 August, "
                        + "25 December) were left out; the actual deadline may be later.",
                " and ") {
            @Override
            String workingDays(int count) {
                return count == 1 ? "1 working day" : count + " working days";
            }

            @Override
            String days(int count) {
                return count == 1 ? "1 day" : count + " days";
            }
        };

        private final String[] dayNames;
        private final String[] monthNames;
        private final String[] monthAbbreviations;
        private final String time;
        final String afterOfficeHours;
        final String nonWorkingDay;
        final String due;
        final String until;
        final String extendedBy;
        final String notCounted;
        final String weekend;
        final String provisional;
        private final String lastSeparator;

        Language(String[] dayNames, String[] monthNames, String[] monthAbbreviations, String time,
                String afterOfficeHours, String nonWorkingDay, String due, String until, String extendedBy,
                String notCounted, String weekend, String provisional, String lastSeparator) {
            this.dayNames = dayNames;
            this.monthNames = monthNames;
            this.monthAbbreviations = monthAbbreviations;
            this.time = time;
            this.afterOfficeHours = afterOfficeHours;
            this.nonWorkingDay = nonWorkingDay;
            this.due = due;
            this.until = until;
            this.extendedBy = extendedBy;
            this.notCounted = notCounted;
            this.weekend = weekend;
            this.provisional = provisional;
            this.lastSeparator = lastSeparator;
        }

        static Language of(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        }

        abstract String workingDays(int count);

        abstract String days(int count);

        /** {@code Senin, 16 Maret 2026}. */
        String longDate(LocalDate date) {
            return dayNames[date.getDayOfWeek().ordinal()] + ", " + date.getDayOfMonth() + " "
                    + monthNames[date.getMonthValue() - 1] + " " + date.getYear();
        }

        String time(LocalDateTime dateTime) {
            return time.formatted(dateTime.getHour(), dateTime.getMinute());
        }

        /** {@code 2027}, {@code 2027 dan 2028}, {@code 2027, 2028 dan 2029}. */
        String join(List<Integer> years) {
            int last = years.size() - 1;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i <= last; i++) {
                text.append(i == 0 ? "" : i == last ? lastSeparator : ", ").append(years.get(i));
            }
            return text.toString();
        }

        /**
         * Sorted dates as compact ranges: {@code 20, 23–24 Mar}, {@code 28–29 Mar, 4 Apr},
         * {@code 30 Des–1 Jan 2027}. The month is written once per run of ranges in that month, the year only when
         * it is not {@code baseYear}.
         */
        String dates(List<LocalDate> dates, int baseYear) {
            List<LocalDate[]> ranges = new ArrayList<>();
            for (LocalDate date : dates) {
                LocalDate[] current = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (current != null && current[1].plusDays(1).equals(date)) {
                    current[1] = date;
                } else {
                    ranges.add(new LocalDate[] {date, date});
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < ranges.size(); i++) {
                LocalDate start = ranges.get(i)[0];
                LocalDate end = ranges.get(i)[1];
                text.append(i == 0 ? "" : ", ").append(start.getDayOfMonth());
                if (!end.equals(start)) {
                    if (!sameMonth(start, end)) {
                        text.append(' ').append(month(start, baseYear));
                    }
                    text.append('–').append(end.getDayOfMonth());
                }
                boolean nextInSameMonth = i + 1 < ranges.size() && sameMonth(end, ranges.get(i + 1)[0]);
                if (!nextInSameMonth) {
                    text.append(' ').append(month(end, baseYear));
                }
            }
            return text.toString();
        }

        private String month(LocalDate date, int baseYear) {
            String month = monthAbbreviations[date.getMonthValue() - 1];
            return date.getYear() == baseYear ? month : month + " " + date.getYear();
        }

        private static boolean sameMonth(LocalDate a, LocalDate b) {
            return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
        }
    }
}
