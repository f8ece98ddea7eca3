package id.go.cilegon.sigap.query.opinion;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertRaised;
import id.go.cilegon.sigap.command.opinion.api.OpinionCorrected;
import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.opinion.api.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The public-opinion monitor's read models (issue 6, ADR 0017). Every text that reaches Sigap — a complaint's
 * subject and description, an information request's wording and purpose, a media issue's title and excerpt — is
 * read by {@link OpinionAnalysis} into a signal ({@code opinion_signals}); an officer's correction or a media
 * issue's triage wins over the machine. Signals are counted per day by kind of case, channel, topic, sentiment,
 * kecamatan and unit ({@code opinion_counts}), so the dashboard adds counters and never reads cases.
 *
 * <p>Each day ({@code opinion_days}) keeps the counter key of each of its signals and its tally, the count of each
 * key, and both change together in one compare-and-set of the day's document: the signal's key moves from what the
 * day says it was to the new one, one count down and one up. An event delivered twice finds its key already filed
 * and changes nothing; the counters ({@code opinion_counts}, what the dashboard reads by day) are written from the
 * tally before the day is, so a crash between the two writes is repaired by the event's redelivery. A change costs
 * the same however many texts the day already has (a day filed before the tally existed is tallied from its keys
 * once). After each change the day's negative count of the signal's topic and kecamatan is held against
 * {@link SpikeRule}; a spike becomes an alert ({@code opinion_alerts}) for the alert watch to raise.
 */
@ProcessingGroup(OpinionProjection.PROCESSING_GROUP)
public class OpinionProjection {

    public static final String PROCESSING_GROUP = "opinion";
    static final String SIGNALS = "opinion_signals";
    static final String DAYS = "opinion_days";
    static final String COUNTS = "opinion_counts";
    static final String ALERTS = "opinion_alerts";
    static final int EXCERPT = 160;

    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** The separator of a counter key's parts; never part of a channel, topic, kecamatan or unit. */
    private static final String SEPARATOR = "|";
    /** A day's count of each counter key, by the key as a field name ({@link #field}). */
    private static final String TALLY = "tally";
    private static final String SIGNALS_OF_DAY = "signals";
    /** Compare-and-set attempts on a day before the event is given back to the processor to retry. */
    private static final int FILING_ATTEMPTS = 10;

    private final MongoCollection<Document> signals;
    private final MongoCollection<Document> days;
    private final MongoCollection<Document> counts;
    private final MongoCollection<Document> alerts;
    private final OpinionAnalysis analysis;
    private final TopicTaxonomy taxonomy;
    private final SpikeRule spikes;
    private final ZoneId zone;

    public OpinionProjection(MongoDatabase database, OpinionAnalysis analysis, TopicTaxonomy taxonomy,
            SpikeRule spikes, ZoneId zone) {
        this.signals = database.getCollection(SIGNALS);
        this.days = database.getCollection(DAYS);
        this.counts = database.getCollection(COUNTS);
        this.alerts = database.getCollection(ALERTS);
        this.analysis = analysis;
        this.taxonomy = taxonomy;
        this.spikes = spikes;
        this.zone = zone;
        createIndexes();
    }

    private void createIndexes() {
        signals.createIndex(Indexes.descending("day", "at"));
        counts.createIndex(Indexes.ascending("day"));
        counts.createIndex(Indexes.ascending("topic", "sentiment", "day"));
        alerts.createIndex(Indexes.descending("day"));
    }

    // -------------------------------------------------------------------------------------------------- texts

    @EventHandler
    void on(ComplaintRegistered event) {
        String kecamatan = event.location() == null ? null : event.location().kecamatan();
        read(event.complaintId().value(), SignalSource.PENGADUAN, event.number().value(), event.channel().name(),
                event.receivedAt(), event.subject(), event.subject() + ". " + event.description(), kecamatan);
    }

    @EventHandler
    void on(InformationRequestRegistered event) {
        read(event.requestId().value(), SignalSource.PERMOHONAN, event.registrationNumber().value(),
                event.channel().name(), event.receivedAt(), event.informationRequested(),
                event.informationRequested() + ". " + Objects.requireNonNullElse(event.purpose(), ""), null);
    }

    @EventHandler
    void on(MediaIssueLogged event) {
        if (event.origin() == IssueOrigin.PEMANTAU_OPINI) {
            // Opened from an alert: it repeats the texts already counted, and answers the alert.
            alerts.updateOne(eq("_id", event.feed()), combine(set("mediaIssueId", event.mediaIssueId().value()),
                    set("mediaIssueNumber", event.number().value())));
            return;
        }
        String excerpt = event.source().excerpt();
        read(event.mediaIssueId().value(), SignalSource.ISU_MEDIA, event.number().value(),
                event.source().kind().name(), event.source().publishedAt(), event.source().title(),
                event.source().title() + (excerpt == null ? "" : ". " + excerpt), null);
    }

    private void read(String caseId, SignalSource source, String number, String channel, Instant at, String excerpt,
            String text, String kecamatan) {
        OpinionAnalysis.Reading reading = analysis.read(text);
        change(caseId, existing -> {
            Document signal = existing != null ? existing : new Document("_id", caseId);
            return signal.append("source", source.name())
                    .append("number", number)
                    .append("channel", channel)
                    .append("day", LocalDate.ofInstant(at, zone).toString())
                    .append("at", at)
                    .append("excerpt", excerpt.length() <= EXCERPT ? excerpt : excerpt.substring(0, EXCERPT) + "…")
                    .append("kecamatan", kecamatan != null ? kecamatan : reading.kecamatan())
                    .append("machine", new Document("topic", reading.topic())
                            .append("keywords", reading.keywords())
                            .append("sentiment", reading.sentiment().name())
                            .append("score", reading.score())
                            .append("evidence", reading.evidence()));
        });
    }

    // ------------------------------------------------------------------------------------ officers' judgement

    @EventHandler
    void on(OpinionCorrected event) {
        change(event.caseId(), existing -> existing == null ? null : existing.append("officer",
                judgement(event.topic(), event.sentiment(), event.correctedBy().value(), event.correctedAt(),
                        event.reason(), "KOREKSI")));
    }

    /** A triage judges the sentiment, and the topic when the officer named one of the taxonomy (code or name). */
    @EventHandler
    void on(MediaIssueTriaged event) {
        String topic = taxonomy.all().stream()
                .filter(candidate -> candidate.code().equalsIgnoreCase(event.topic())
                        || candidate.name().equalsIgnoreCase(event.topic()))
                .map(Topic::code).findFirst().orElse(null);
        change(event.mediaIssueId().value(), existing -> existing == null ? null : unit(existing
                .append("officer", judgement(topic, event.sentiment(), event.triagedBy().value(), event.triagedAt(),
                        null, "TRIASE")), event.unit(), true));
    }

    private static Document judgement(String topic, Sentiment sentiment, String by, Instant at, String reason,
            String via) {
        return new Document("topic", topic).append("sentiment", sentiment.name()).append("by", by).append("at", at)
                .append("reason", reason).append("via", via);
    }

    // ------------------------------------------------------------------------------------------------- units

    @EventHandler
    void on(ComplaintDisposed event) {
        if (!event.units().isEmpty()) {
            change(event.complaintId().value(), existing -> existing == null ? null
                    : unit(existing, event.units().get(0).unit(), false));
        }
    }

    @EventHandler
    void on(InformationRequestForwarded event) {
        change(event.requestId().value(), existing -> existing == null ? null : unit(existing, event.unit(), false));
    }

    /** A case counts for the first unit it went to; a media issue for the unit of its latest triage. */
    private static Document unit(Document signal, UnitId unit, boolean replace) {
        if (unit != null && (replace || signal.getString("unit") == null)) {
            signal.append("unit", unit.value());
        }
        return signal;
    }

    // ------------------------------------------------------------------------------------------------ alerts

    @EventHandler
    void on(OpinionAlertRaised event) {
        alerts.updateOne(eq("_id", event.alertId().value()), combine(
                set("raisedAt", event.raisedAt()),
                setOnInsert("day", event.day().toString()),
                setOnInsert("dimension", event.dimension().name()),
                setOnInsert("value", event.value()),
                setOnInsert("negative", event.negative()),
                setOnInsert("baselinePerDay", event.baselinePerDay())), UPSERT);
    }

    @ResetHandler
    void reset() {
        signals.drop();
        days.drop();
        counts.drop();
        alerts.drop();
        createIndexes();
    }

    // ------------------------------------------------------------------------------------------------ counting

    /**
     * Applies {@code change} to the case's signal (given {@code null} when there is none; returning {@code null}
     * leaves it alone), files its counter key under its day, and holds the day's negative counts against the spike
     * rule.
     */
    private void change(String caseId, UnaryOperator<Document> change) {
        Document existing = signals.find(eq("_id", caseId)).first();
        Document changed = change.apply(existing == null ? null : new Document(existing));
        if (changed == null) {
            return;
        }
        Document officer = changed.get("officer", Document.class);
        Document machine = changed.get("machine", Document.class);
        String topic = officer != null && officer.getString("topic") != null ? officer.getString("topic")
                : machine.getString("topic");
        String sentiment = officer != null ? officer.getString("sentiment") : machine.getString("sentiment");
        changed.append("topic", topic).append("sentiment", sentiment);
        signals.replaceOne(eq("_id", caseId), changed, REPLACE_UPSERT);
        String day = changed.getString("day");
        Map<String, Long> dayCounts = file(day, caseId, key(changed));
        if (Sentiment.NEGATIF.name().equals(sentiment)) {
            watch(day, AlertDimension.TOPIK, topic, dayCounts);
            String kecamatan = changed.getString("kecamatan");
            if (kecamatan != null) {
                watch(day, AlertDimension.KECAMATAN, kecamatan, dayCounts);
            }
        }
    }

    /** The negative texts among {@code counts} whose key part {@code part} (topic or kecamatan) is {@code value}. */
    private static long negativeOf(Map<String, Long> counts, int part, String value) {
        return counts.entrySet().stream().filter(entry -> {
            String[] parts = entry.getKey().split("\\" + SEPARATOR, -1);
            return parts[3].equals(Sentiment.NEGATIF.name()) && parts[part].equals(value);
        }).mapToLong(Map.Entry::getValue).sum();
    }

    private static String key(Document signal) {
        return String.join(SEPARATOR, signal.getString("source"), signal.getString("channel"),
                signal.getString("topic"), signal.getString("sentiment"),
                Objects.requireNonNullElse(signal.getString("kecamatan"), ""),
                Objects.requireNonNullElse(signal.getString("unit"), ""));
    }

    /**
     * Files {@code key} as the counter key of the case's signal on {@code day}: writes the two counters that change,
     * then moves the key and the tally in one compare-and-set of the day, retried if the day changed in between.
     * Answers the day's tally after the change.
     */
    private Map<String, Long> file(String day, String caseId, String key) {
        String path = SIGNALS_OF_DAY + "." + caseId;
        for (int attempt = 1; ; attempt++) {
            if (attempt > FILING_ATTEMPTS) {
                throw new IllegalStateException("The opinion day " + day + " kept changing while " + caseId
                        + " was filed; the processor retries the event");
            }
            Document filed = days.find(eq("_id", day)).projection(include(TALLY, path)).first();
            boolean untallied = filed != null && !filed.containsKey(TALLY);
            Map<String, Long> tally = filed == null ? new HashMap<>()
                    : untallied ? tallyOf(days.find(eq("_id", day)).first()) : tally(filed);
            String before = filed == null ? null
                    : filed.get(SIGNALS_OF_DAY, new Document()).getString(caseId);
            if (key.equals(before) && !untallied) {
                return tally;
            }
            Map<String, Long> after = new HashMap<>(tally);
            if (!key.equals(before)) {
                after.merge(key, 1L, Long::sum);
                if (before != null) {
                    after.merge(before, -1L, Long::sum);
                    writeCounter(day, before, after.get(before));
                }
                writeCounter(day, key, after.get(key));
            }
            List<Bson> expected = new ArrayList<>(List.of(eq("_id", day),
                    before == null ? exists(path, false) : eq(path, before)));
            List<Bson> update = new ArrayList<>(List.of(set(path, key)));
            if (untallied) {
                expected.add(exists(TALLY, false));
                Document whole = new Document();
                after.forEach((counted, count) -> whole.append(field(counted), count));
                update.add(set(TALLY, whole));
            } else if (!key.equals(before)) {
                update.add(inc(TALLY + "." + field(key), 1L));
                if (before != null) {
                    update.add(inc(TALLY + "." + field(before), -1L));
                }
            }
            try {
                UpdateResult result = days.updateOne(and(expected), combine(update),
                        new UpdateOptions().upsert(filed == null));
                if (result.getMatchedCount() > 0 || result.getUpsertedId() != null) {
                    return after;
                }
            } catch (MongoWriteException raced) {
                if (raced.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw raced;
                }
            }
        }
    }

    /** Sets one counter of the day to {@code count}, or drops it at zero. */
    private void writeCounter(String day, String key, long count) {
        String id = day + SEPARATOR + key;
        if (count <= 0) {
            counts.deleteOne(eq("_id", id));
            return;
        }
        String[] parts = key.split("\\" + SEPARATOR, -1);
        counts.replaceOne(eq("_id", id), new Document("_id", id)
                .append("key", key).append("day", day).append("source", parts[0])
                .append("channel", parts[1]).append("topic", parts[2]).append("sentiment", parts[3])
                .append("kecamatan", parts[4].isEmpty() ? null : parts[4])
                .append("unit", parts[5].isEmpty() ? null : parts[5])
                .append("count", count), REPLACE_UPSERT);
    }

    /** The tally a day keeps, by counter key; keys no signal holds any more are left out. */
    private static Map<String, Long> tally(Document day) {
        Map<String, Long> tally = new HashMap<>();
        day.get(TALLY, new Document()).forEach((field, count) -> {
            long value = ((Number) count).longValue();
            if (value > 0) {
                tally.put(key(field), value);
            }
        });
        return tally;
    }

    /** The tally of a day filed before days kept one: counted from its signals' keys. */
    private static Map<String, Long> tallyOf(Document day) {
        Map<String, Long> tally = new HashMap<>();
        day.get(SIGNALS_OF_DAY, new Document()).values().forEach(key -> tally.merge((String) key, 1L, Long::sum));
        return tally;
    }

    /** A counter key as a field name: no dot (a path) and no leading dollar (an operator), reversibly. */
    private static String field(String key) {
        return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String key(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    /** Holds the day's negative count of one topic or kecamatan against the days before it. */
    private void watch(String day, AlertDimension dimension, String value, Map<String, Long> dayCounts) {
        int part = dimension == AlertDimension.TOPIK ? 2 : 4;
        long negative = negativeOf(dayCounts, part, value);
        LocalDate date = LocalDate.parse(day);
        List<String> before = new ArrayList<>();
        for (int back = 1; back <= spikes.baselineDays(); back++) {
            before.add(date.minusDays(back).toString());
        }
        List<Document> filed = days.find(in("_id", before)).projection(include(TALLY)).into(new ArrayList<>());
        long history;
        if (filed.stream().allMatch(earlier -> earlier.containsKey(TALLY))) {
            history = filed.stream().mapToLong(earlier -> negativeOf(tally(earlier), part, value)).sum();
        } else {
            String field = dimension == AlertDimension.TOPIK ? "topic" : "kecamatan";
            List<Document> counters = new ArrayList<>();
            counts.find(and(eq(field, value), eq("sentiment", Sentiment.NEGATIF.name()),
                    gte("day", date.minusDays(spikes.baselineDays()).toString()), lt("day", day))).into(counters);
            history = counters.stream().mapToLong(counter -> counter.getLong("count")).sum();
        }
        double baseline = history / (double) spikes.baselineDays();
        if (!spikes.isSpike(negative, baseline)) {
            return;
        }
        alerts.updateOne(eq("_id", OpinionAlertId.of(date, dimension, value).value()), combine(
                set("negative", negative),
                setOnInsert("day", day),
                setOnInsert("dimension", dimension.name()),
                setOnInsert("value", value),
                setOnInsert("baselinePerDay", baseline)), UPSERT);
    }
}
