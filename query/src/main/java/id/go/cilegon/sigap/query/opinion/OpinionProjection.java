package id.go.cilegon.sigap.query.opinion;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
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
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

/**
 * The public-opinion monitor's read models (issue 6, ADR 0017). Every text that reaches Sigap — a complaint's
 * subject and description, an information request's wording and purpose, a media issue's title and excerpt — is
 * read by {@link OpinionAnalysis} into a signal ({@code opinion_signals}); an officer's correction or a media
 * issue's triage wins over the machine. Signals are counted per day by kind of case, channel, topic, sentiment,
 * kecamatan and unit ({@code opinion_counts}), so the dashboard adds counters and never reads cases.
 *
 * <p>Each day ({@code opinion_days}) keeps the counter key of each of its signals and its tally, the count of each
 * key, in parts of a few cases each ({@link OpinionBatch#PARTS}, by the case's id), and a signal's key and count change
 * together in one compare-and-set of its part: the key moves from what the part says it was to the new one, one count
 * down and one up. An event delivered twice finds its key already filed and changes nothing; the counters
 * ({@code opinion_counts}, what the dashboard reads by day) are written from the tally (the sum of the parts) before
 * the parts are, so a crash between the two writes is repaired by the event's redelivery. A change costs the same
 * however many texts the day already has, and no document grows with them (a day filed before the tally existed is
 * tallied from its keys once). After each change the day's negative count of the signal's topic and kecamatan is held against
 * {@link SpikeRule}; a spike becomes an alert ({@code opinion_alerts}) for the alert watch to raise.
 *
 * <p>The signals and days a batch of the processor reads are kept for the rest of the batch, and its writes are sent
 * when it ends ({@link OpinionBatch}, ADR 0029): a rebuild's texts of one day cost a round trip each, not six.
 */
@ProcessingGroup(OpinionProjection.PROCESSING_GROUP)
public class OpinionProjection {

    public static final String PROCESSING_GROUP = "opinion";
    static final String SIGNALS = "opinion_signals";
    static final String DAYS = "opinion_days";
    static final String COUNTS = "opinion_counts";
    static final String ALERTS = "opinion_alerts";
    static final int EXCERPT = 160;

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** The separator of a counter key's parts; never part of a channel, topic, kecamatan or unit. */
    private static final String SEPARATOR = OpinionBatch.SEPARATOR;
    /** Where a batch keeps its {@link OpinionBatch}. */
    private static final String BATCH = OpinionBatch.class.getName();

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
     * rule. What it reads and writes goes through the batch's {@link OpinionBatch}; outside a processor's batch, one
     * of its own, sent at once.
     */
    private void change(String caseId, UnaryOperator<Document> change) {
        BatchedWrites.withBatch(BATCH, () -> new OpinionBatch(signals, days, counts,
                BatchedWrites.aggregatesOfBatch()), batch -> {
            Document changed = change.apply(batch.signal(caseId).orElse(null));
            if (changed == null) {
                return;
            }
            Document officer = changed.get("officer", Document.class);
            Document machine = changed.get("machine", Document.class);
            String topic = officer != null && officer.getString("topic") != null ? officer.getString("topic")
                    : machine.getString("topic");
            String sentiment = officer != null ? officer.getString("sentiment") : machine.getString("sentiment");
            changed.append("topic", topic).append("sentiment", sentiment);
            batch.signalChanged(caseId, changed);
            String day = changed.getString("day");
            batch.file(day, caseId, key(changed));
            if (Sentiment.NEGATIF.name().equals(sentiment)) {
                watch(batch, day, AlertDimension.TOPIK, topic);
                String kecamatan = changed.getString("kecamatan");
                if (kecamatan != null) {
                    watch(batch, day, AlertDimension.KECAMATAN, kecamatan);
                }
            }
        });
    }

    private static String key(Document signal) {
        return String.join(SEPARATOR, signal.getString("source"), signal.getString("channel"),
                signal.getString("topic"), signal.getString("sentiment"),
                Objects.requireNonNullElse(signal.getString("kecamatan"), ""),
                Objects.requireNonNullElse(signal.getString("unit"), ""));
    }

    /** Holds the day's negative count of one topic or kecamatan against the days before it. */
    private void watch(OpinionBatch batch, String day, AlertDimension dimension, String value) {
        int part = dimension == AlertDimension.TOPIK ? 2 : 4;
        long negative = batch.negativeOn(List.of(day), part, value);
        LocalDate date = LocalDate.parse(day);
        List<String> before = new ArrayList<>();
        for (int back = 1; back <= spikes.baselineDays(); back++) {
            before.add(date.minusDays(back).toString());
        }
        long history = batch.negativeOn(before, part, value);
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