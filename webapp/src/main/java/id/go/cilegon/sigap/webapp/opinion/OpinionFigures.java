package id.go.cilegon.sigap.webapp.opinion;

import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.query.opinion.api.OpinionCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dashboard's figures, added up from the day counters: totals and sentiment shares for the period against the
 * period before, the daily trend per sentiment as chart lines, the kecamatan, topics this week against last week,
 * channels and units. Pure: the same counters give the same figures.
 */
final class OpinionFigures {

    /** Chart area of the trend, in SVG user units. */
    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    static final int TOP_TOPICS = 8;

    private OpinionFigures() {
    }

    /** Which counters count: each {@code null} for all. */
    record Filter(String topic, String kecamatan, String channel, SignalSource source) {

        boolean test(OpinionCount count) {
            return (topic == null || topic.equals(count.topic()))
                    && (kecamatan == null || kecamatan.equals(count.kecamatan()))
                    && (channel == null || channel.equals(count.channel()))
                    && (source == null || source == count.source());
        }
    }

    record Shares(long total, long negative, long neutral, long positive) {

        public int percent(long part) {
            return total == 0 ? 0 : (int) Math.round(100.0 * part / total);
        }

        public int negativePercent() {
            return percent(negative);
        }

        public int neutralPercent() {
            return percent(neutral);
        }

        public int positivePercent() {
            return total == 0 ? 0 : 100 - negativePercent() - neutralPercent();
        }
    }

    /** One day of the trend, and its x position on the chart. */
    record Day(LocalDate date, long negative, long neutral, long positive, int x) {
    }

    /** A line of the trend chart: SVG polyline points, one per day. */
    record Line(Sentiment sentiment, String points) {
    }

    /** A row of a breakdown: what, how many, how many negative. */
    record Row(String key, String label, long total, long negative, long previous) {

        public int negativePercent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * negative / total);
        }

        public long change() {
            return total - previous;
        }
    }

    record Dashboard(LocalDate from, LocalDate to, int days, Shares now, Shares before, List<Day> trend,
            List<Line> lines, long peak, List<Row> kecamatan, List<Row> topics, List<Row> channels, List<Row> units) {
    }

    /**
     * @param counts    the counters from {@code to} minus twice {@code days} up to {@code to}
     * @param kecamatan every kecamatan of the city, so that a quiet one shows its zero
     * @param topicName a topic's name by its code
     * @param unitName  a unit's name by its code
     */
    static Dashboard of(List<OpinionCount> counts, Filter filter, LocalDate to, int days, List<String> kecamatan,
            Function<String, String> topicName, Function<String, String> channelName,
            Function<String, String> unitName) {
        LocalDate from = to.minusDays(days - 1L);
        List<OpinionCount> chosen = counts.stream().filter(filter::test).toList();
        List<OpinionCount> now = within(chosen, from, to);
        List<OpinionCount> before = within(chosen, from.minusDays(days), from.minusDays(1));

        List<Day> trend = new ArrayList<>();
        int step = days > 1 ? WIDTH / (days - 1) : 0;
        Map<LocalDate, List<OpinionCount>> byDay = now.stream().collect(Collectors.groupingBy(OpinionCount::day));
        for (int i = 0; i < days; i++) {
            LocalDate date = from.plusDays(i);
            Shares day = shares(byDay.getOrDefault(date, List.of()));
            trend.add(new Day(date, day.negative(), day.neutral(), day.positive(), i * step));
        }
        long peak = trend.stream().mapToLong(day -> Math.max(day.negative(), Math.max(day.neutral(),
                day.positive()))).max().orElse(0);
        List<Line> lines = new ArrayList<>();
        Map<Sentiment, Function<Day, Long>> values = new EnumMap<>(Sentiment.class);
        values.put(Sentiment.NEGATIF, Day::negative);
        values.put(Sentiment.NETRAL, Day::neutral);
        values.put(Sentiment.POSITIF, Day::positive);
        values.forEach((sentiment, value) -> lines.add(new Line(sentiment, trend.stream()
                .map(day -> day.x() + "," + (HEIGHT - Math.round((double) HEIGHT * value.apply(day)
                        / Math.max(peak, 1))))
                .collect(Collectors.joining(" ")))));

        LocalDate weekStart = to.minusDays(6);
        List<OpinionCount> thisWeek = within(chosen, weekStart, to);
        List<OpinionCount> lastWeek = within(chosen, weekStart.minusDays(7), weekStart.minusDays(1));
        List<Row> topics = rows(thisWeek, lastWeek, OpinionCount::topic, topicName).stream()
                .sorted(Comparator.comparingLong(Row::total).reversed().thenComparing(Row::label))
                .limit(TOP_TOPICS).toList();

        List<Row> byPlace = new ArrayList<>();
        for (String name : kecamatan) {
            List<OpinionCount> here = now.stream().filter(count -> name.equals(count.kecamatan())).toList();
            Shares shares = shares(here);
            long previous = shares(before.stream().filter(count -> name.equals(count.kecamatan())).toList()).total();
            byPlace.add(new Row(name, name, shares.total(), shares.negative(), previous));
        }
        return new Dashboard(from, to, days, shares(now), shares(before), trend, lines, peak, byPlace, topics,
                rows(now, before, OpinionCount::channel, channelName).stream()
                        .sorted(Comparator.comparingLong(Row::total).reversed()).toList(),
                rows(now, before, OpinionCount::unit, unitName).stream()
                        .sorted(Comparator.comparingLong(Row::total).reversed()).toList());
    }

    private static List<OpinionCount> within(List<OpinionCount> counts, LocalDate from, LocalDate to) {
        return counts.stream().filter(count -> !count.day().isBefore(from) && !count.day().isAfter(to)).toList();
    }

    static Shares shares(List<OpinionCount> counts) {
        return new Shares(sum(counts, count -> true), sum(counts, count -> count.sentiment() == Sentiment.NEGATIF),
                sum(counts, count -> count.sentiment() == Sentiment.NETRAL),
                sum(counts, count -> count.sentiment() == Sentiment.POSITIF));
    }

    private static long sum(List<OpinionCount> counts, Predicate<OpinionCount> which) {
        return counts.stream().filter(which).mapToLong(OpinionCount::count).sum();
    }

    /** One row per value of {@code key} in {@code now} (values only {@code before} has are left out). */
    private static List<Row> rows(List<OpinionCount> now, List<OpinionCount> before,
            Function<OpinionCount, String> key, Function<String, String> label) {
        Map<String, List<OpinionCount>> grouped = now.stream().filter(count -> key.apply(count) != null)
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        grouped.forEach((value, counts) -> {
            Shares shares = shares(counts);
            long previous = shares(before.stream().filter(count -> Objects.equals(value, key.apply(count)))
                    .toList()).total();
            rows.add(new Row(value, label.apply(value), shares.total(), shares.negative(), previous));
        });
        return rows;
    }
}
