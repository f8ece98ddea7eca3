package id.go.cilegon.sigap.query.opinion;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertRaised;
import id.go.cilegon.sigap.command.opinion.api.OpinionCorrected;
import id.go.cilegon.sigap.command.opinion.api.OpinionSignalId;
import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionAlert;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionSignal;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionAlerts;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionCounts;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionSignals;
import id.go.cilegon.sigap.query.opinion.api.OpinionAlertView;
import id.go.cilegon.sigap.query.opinion.api.OpinionCount;
import id.go.cilegon.sigap.query.opinion.api.OpinionSignalView;
import id.go.cilegon.sigap.query.shared.Batches;
import id.go.cilegon.sigap.query.shared.CountingClient;
import id.go.cilegon.sigap.query.shared.Handlers;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.ResultMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The opinion counters and alerts through the real driver against the embedded store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpinionProjectionTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final OfficerId MEDIA = OfficerId.of("media");
    private static final UnitId DPUTR = UnitId.of("DPUTR");

    private MongoServer server;
    private CountingClient client;
    private OpinionProjection projection;
    private OpinionQueries queries;
    private int numbers;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = new CountingClient(address);
        MongoDatabase database = client.client().getDatabase("opinion-test");
        TopicTaxonomy taxonomy = new TopicTaxonomy(database, Clock.systemUTC());
        projection = new OpinionProjection(database, new OpinionAnalysis(taxonomy), taxonomy, SpikeRule.DEFAULT, WIB);
        queries = new OpinionQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdown();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(WIB).toInstant();
    }

    private ComplaintRegistered complaint(LocalDate day, String subject, String kecamatan) {
        ComplaintId id = ComplaintId.newId();
        Instant received = at(day, 9);
        return new ComplaintRegistered(id, ComplaintNumber.of(2026, ++numbers), Channel.WHATSAPP, received,
                PersonalData.erased(DataSubjectId.of("s-" + id.value())), false, subject, "Mohon segera ditangani.",
                ComplaintCategory.INFRASTRUKTUR, new Location(kecamatan, null, null, null), List.of(), "hash", null,
                CALENDAR.workingDaysAfter(received, 3));
    }

    private List<Object> week() {
        ComplaintRegistered pothole = complaint(MONDAY, "Jalan rusak parah, gak diperbaiki", "Ciwandan");
        ComplaintRegistered praise = complaint(MONDAY, "Mantap, jalan sudah mulus", "Ciwandan");
        ComplaintRegistered flood = complaint(MONDAY.plusDays(1), "Got mampet, banjir lagi", "Grogol");
        InformationRequestId request = InformationRequestId.newId();
        MediaIssueId article = MediaIssueId.forUrl("https://radarbanten.example/sampah-citangkil");
        return List.of(pothole, praise, flood,
                new ComplaintDisposed(pothole.complaintId(), List.of(new UnitFollowUp(DPUTR,
                        CALENDAR.workingDaysAfter(at(MONDAY, 11), 5))), "Tolong dicek", MEDIA, at(MONDAY, 11)),
                new InformationRequestRegistered(request, RegistrationNumber.of(2026, 1), Channel.WEB,
                        at(MONDAY, 10), PersonalData.erased(DataSubjectId.of("req")),
                        "Salinan anggaran APBD 2026 bidang jalan", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY,
                        DeliveryMethod.EMAIL, "hash", CALENDAR.workingDaysAfter(at(MONDAY, 10), 10), null),
                new MediaIssueLogged(article, MediaIssueNumber.of(2026, 1), new MediaSource(MediaKind.BERITA_DARING,
                        "Radar Banten", "https://radarbanten.example/sampah-citangkil",
                        "Sampah menumpuk di Citangkil, warga resah", null, at(MONDAY, 7), 5_000L),
                        IssueOrigin.UMPAN_BERITA, "Radar Banten", null, at(MONDAY, 8),
                        CALENDAR.workingDaysAfter(at(MONDAY, 8), 1)),
                new MediaIssueTriaged(article, "Sampah dan kebersihan", Sentiment.NEGATIF, IssueUrgency.SEDANG,
                        UnitId.of("DLH"), List.of(), MEDIA, at(MONDAY, 9),
                        CALENDAR.workingDaysAfter(at(MONDAY, 9), 3)),
                new OpinionCorrected(OpinionSignalId.forCase(praise.complaintId().value()), SignalSource.PENGADUAN,
                        praise.complaintId().value(), "JALAN", Sentiment.NEGATIF, "sindiran", MEDIA,
                        at(MONDAY, 12)));
    }

    private void apply(List<Object> events) {
        for (Object event : events) {
            Handlers.on(projection, event);
        }
    }

    /**
     * Handles {@code events} as one batch of the processor, as Axon's pooled processor does; a {@code Runnable} among
     * them is run meanwhile, as by another node.
     */
    private ResultMessage<?> batch(List<Object> events) {
        return Batches.handle(events, event -> {
            if (event instanceof Runnable elsewhere) {
                // Another node: outside this batch's unit of work, which is bound to this thread.
                CompletableFuture.runAsync(elsewhere).join();
            } else {
                apply(List.of(event));
            }
        });
    }

    private List<OpinionCount> counts() {
        return queries.handle(new ListOpinionCounts(MONDAY.minusDays(30), MONDAY.plusDays(30)));
    }

    private long count(LocalDate day, String topic, Sentiment sentiment) {
        return counts().stream().filter(c -> c.day().equals(day) && c.topic().equals(topic)
                && c.sentiment() == sentiment).mapToLong(OpinionCount::count).sum();
    }

    @Test
    void texts_are_counted_by_day_topic_sentiment_channel_kecamatan_and_unit() {
        apply(week());

        assertThat(counts()).contains(
                new OpinionCount(MONDAY, SignalSource.PENGADUAN, "WHATSAPP", "JALAN", Sentiment.NEGATIF, "Ciwandan",
                        "DPUTR", 1),
                new OpinionCount(MONDAY, SignalSource.PENGADUAN, "WHATSAPP", "JALAN", Sentiment.NEGATIF, "Ciwandan",
                        null, 1),
                new OpinionCount(MONDAY.plusDays(1), SignalSource.PENGADUAN, "WHATSAPP", "BANJIR", Sentiment.NEGATIF,
                        "Grogol", null, 1),
                new OpinionCount(MONDAY, SignalSource.PERMOHONAN, "WEB", "INFORMASI", Sentiment.NETRAL, null, null, 1),
                new OpinionCount(MONDAY, SignalSource.ISU_MEDIA, "BERITA_DARING", "SAMPAH", Sentiment.NEGATIF,
                        "Citangkil", "DLH", 1));
        assertThat(counts().stream().mapToLong(OpinionCount::count).sum()).as("five texts").isEqualTo(5);
    }

    @Test
    void the_same_events_twice_give_the_same_counters_and_so_does_a_rebuild() {
        List<Object> events = week();
        apply(events);
        List<OpinionCount> once = counts();
        List<OpinionSignalView> signals = queries.handle(new ListOpinionSignals(MONDAY, MONDAY.plusDays(6), null,
                null, null, 100));

        apply(events);
        assertThat(counts()).isEqualTo(once);
        assertThat(queries.handle(new ListOpinionSignals(MONDAY, MONDAY.plusDays(6), null, null, null, 100)))
                .isEqualTo(signals);

        projection.reset();
        assertThat(counts()).isEmpty();
        apply(events);
        assertThat(counts()).isEqualTo(once);
    }

    @Test
    void an_officers_correction_wins_over_the_machine_and_moves_the_count() {
        List<Object> events = week();
        ComplaintRegistered praise = (ComplaintRegistered) events.get(1);
        apply(events.subList(0, events.size() - 1));
        assertThat(count(MONDAY, "JALAN", Sentiment.POSITIF)).isEqualTo(1);

        apply(events.subList(events.size() - 1, events.size()));

        assertThat(count(MONDAY, "JALAN", Sentiment.POSITIF)).isZero();
        assertThat(count(MONDAY, "JALAN", Sentiment.NEGATIF)).isEqualTo(2);
        OpinionSignalView signal = queries.handle(new FindOpinionSignal(praise.complaintId().value())).orElseThrow();
        assertThat(signal.machine().sentiment()).isEqualTo(Sentiment.POSITIF);
        assertThat(signal.sentiment()).isEqualTo(Sentiment.NEGATIF);
        assertThat(signal.officer().via()).isEqualTo("KOREKSI");
        assertThat(signal.officer().reason()).isEqualTo("sindiran");
    }

    @Test
    void a_media_triage_judges_sentiment_and_names_the_topic_by_its_name() {
        apply(week());
        OpinionSignalView article = queries.handle(new FindOpinionSignal(
                MediaIssueId.forUrl("https://radarbanten.example/sampah-citangkil").value())).orElseThrow();

        assertThat(article.topic()).isEqualTo("SAMPAH");
        assertThat(article.officer().via()).isEqualTo("TRIASE");
        assertThat(article.unit()).isEqualTo("DLH");
        assertThat(article.kecamatan()).as("named in the title").isEqualTo("Citangkil");
    }

    /** A road complaint in Ciwandan each of the fourteen days before {@code spikeDay}, then some in Citangkil on it. */
    private List<Object> roadComplaints(LocalDate spikeDay, int onTheDay) {
        List<Object> events = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            events.add(complaint(spikeDay.minusDays(14 - day), "Jalan berlubang lagi", "Ciwandan"));
        }
        for (int i = 0; i < onTheDay; i++) {
            events.add(complaint(spikeDay, "Jalan rusak parah dan berlubang", "Citangkil"));
        }
        return events;
    }

    @Test
    void a_synthetic_spike_becomes_an_alert_and_an_ordinary_day_does_not() {
        LocalDate spikeDay = MONDAY.plusDays(14);
        apply(roadComplaints(spikeDay, 4));
        assertThat(queries.handle(new ListOpinionAlerts(null, false)))
                .as("one a day is the baseline; four is below the minimum of five").isEmpty();

        apply(List.of(complaint(spikeDay, "Jalan amblas, bahaya", "Citangkil")));
        assertThat(queries.handle(new ListOpinionAlerts(null, false))).as("five, but a baseline of 1/day").hasSize(2)
                .allSatisfy(alert -> assertThat(alert.raised()).isFalse())
                .extracting(OpinionAlertView::dimension, OpinionAlertView::value, OpinionAlertView::negative)
                .containsExactlyInAnyOrder(
                        tuple(AlertDimension.TOPIK, "JALAN", 5L),
                        tuple(AlertDimension.KECAMATAN, "Citangkil", 5L));
        OpinionAlertView roads = queries.handle(new FindOpinionAlert(
                OpinionAlertId.of(spikeDay, AlertDimension.TOPIK, "JALAN").value())).orElseThrow();
        assertThat(roads.baselinePerDay()).isEqualTo(1.0);
        assertThat(new SpikeRule(5, 3.0, 14).isSpike(5, 2.0)).as("5 is not three times 2").isFalse();

        OpinionAlertId id = OpinionAlertId.of(spikeDay, AlertDimension.TOPIK, "JALAN");
        Instant raised = at(spikeDay, 15);
        apply(List.of(new OpinionAlertRaised(id, spikeDay, AlertDimension.TOPIK, "JALAN", 5, 1.0, raised)));
        MediaIssueId issue = MediaIssueId.newId();
        apply(List.of(new MediaIssueLogged(issue, MediaIssueNumber.of(2026, 9), new MediaSource(
                MediaKind.KANAL_LAYANAN, "Pemantau opini Sigap", null, "Lonjakan keluhan jalan", null, raised, 5L),
                IssueOrigin.PEMANTAU_OPINI, id.value(), MEDIA, raised, CALENDAR.workingDaysAfter(raised, 1))));

        OpinionAlertView answered = queries.handle(new FindOpinionAlert(id.value())).orElseThrow();
        assertThat(answered.raisedAt()).isEqualTo(raised);
        assertThat(answered.mediaIssueNumber()).isEqualTo("ISU/2026/000009");
        assertThat(queries.handle(new ListOpinionAlerts(null, true))).extracting(OpinionAlertView::value)
                .containsExactly("Citangkil");
        assertThat(count(spikeDay, "JALAN", Sentiment.NEGATIF)).as("the issue opened from the alert is not a text")
                .isEqualTo(5);
    }

    @Test
    void a_day_filed_before_days_kept_their_counts_is_still_recounted_right() {
        List<Object> events = week();
        apply(events.subList(0, events.size() - 1));
        forgetKeptCounts();

        apply(events.subList(events.size() - 1, events.size()));

        assertThat(count(MONDAY, "JALAN", Sentiment.POSITIF)).as("the praise's old counter is found and dropped")
                .isZero();
        assertThat(count(MONDAY, "JALAN", Sentiment.NEGATIF)).isEqualTo(2);
    }

    @Test
    void a_spike_is_held_against_days_filed_before_days_kept_their_counts() {
        LocalDate spikeDay = MONDAY.plusDays(14);
        List<Object> history = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            history.add(complaint(MONDAY.plusDays(day), "Jalan berlubang lagi", "Ciwandan"));
        }
        apply(history);
        forgetKeptCounts();

        for (int i = 0; i < 5; i++) {
            apply(List.of(complaint(spikeDay, "Jalan rusak parah dan berlubang", "Citangkil")));
        }

        assertThat(queries.handle(new FindOpinionAlert(
                OpinionAlertId.of(spikeDay, AlertDimension.TOPIK, "JALAN").value())).orElseThrow().baselinePerDay())
                .as("fourteen negative road texts in the fourteen days before").isEqualTo(1.0);
    }

    @Test
    void a_batch_counts_what_the_same_events_one_by_one_count_and_so_does_its_redelivery() {
        List<Object> events = week();
        apply(events);
        List<OpinionCount> oneByOne = counts();
        List<OpinionSignalView> signals = queries.handle(new ListOpinionSignals(MONDAY, MONDAY.plusDays(6), null,
                null, null, 100));
        client.client().getDatabase("opinion-test").drop();

        assertThat(batch(events).isExceptional()).isFalse();
        assertThat(counts()).isEqualTo(oneByOne);
        assertThat(batch(events).isExceptional()).as("the batch again, as after a crash before its token").isFalse();
        assertThat(counts()).isEqualTo(oneByOne);
        assertThat(queries.handle(new ListOpinionSignals(MONDAY, MONDAY.plusDays(6), null, null, null, 100)))
                .isEqualTo(signals);
    }

    @Test
    void a_batch_of_one_days_texts_reads_the_day_once_and_writes_it_once() {
        List<Object> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add(complaint(MONDAY, "Lampu jalan mati " + i, "Jombang"));
        }
        client.forget();

        batch(texts);

        assertThat(counts().stream().mapToLong(OpinionCount::count).sum()).as("ten texts").isEqualTo(10);
        assertThat(client.sent("update", OpinionProjection.DAYS)).isEqualTo(1);
        assertThat(client.sent("update", OpinionProjection.COUNTS)).isEqualTo(1);
        assertThat(client.sent("update", OpinionProjection.SIGNALS)).isEqualTo(1);
        assertThat(client.sent("find", OpinionProjection.DAYS)).as("the day, and the days before it for the spike rule")
                .isLessThanOrEqualTo(2);
        assertThat(client.sent("find", OpinionProjection.SIGNALS)).as("the ten cases' signals together").isEqualTo(1);
    }

    @Test
    void a_batch_of_texts_on_a_day_already_counted_reads_its_cases_keys_with_the_day() {
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            first.add(complaint(MONDAY, "Lampu jalan mati " + i, "Jombang"));
            second.add(complaint(MONDAY, "Jalan berlubang " + i, "Citangkil"));
        }
        batch(first);
        client.forget();

        batch(second);

        assertThat(counts().stream().mapToLong(OpinionCount::count).sum()).as("twenty texts").isEqualTo(20);
        assertThat(client.sent("find", OpinionProjection.DAYS)).as("the day, and the days before it for the spike rule")
                .isLessThanOrEqualTo(2);
        assertThat(client.sent("find", OpinionProjection.SIGNALS)).isEqualTo(1);
    }

    @Test
    void a_spike_within_one_batch_is_found_as_one_by_one() {
        batch(roadComplaints(MONDAY.plusDays(14), 5));

        assertThat(queries.handle(new ListOpinionAlerts(null, false)))
                .extracting(OpinionAlertView::dimension, OpinionAlertView::value, OpinionAlertView::negative,
                        OpinionAlertView::baselinePerDay)
                .containsExactlyInAnyOrder(
                        tuple(AlertDimension.TOPIK, "JALAN", 5L, 1.0),
                        tuple(AlertDimension.KECAMATAN, "Citangkil", 5L, 0.0));
    }

    @Test
    void a_batch_that_files_the_days_before_a_spike_after_reading_them_holds_the_spike_against_what_they_hold_then() {
        LocalDate spikeDay = MONDAY.plusDays(14);
        List<Object> history = roadComplaints(spikeDay, 0);
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(complaint(spikeDay, "Jalan rusak parah dan berlubang", "Citangkil"));
        }
        events.addAll(history);
        events.add(complaint(spikeDay, "Jalan amblas, bahaya", "Citangkil"));

        batch(events);

        assertThat(queries.handle(new FindOpinionAlert(OpinionAlertId.of(spikeDay, AlertDimension.TOPIK, "JALAN")
                .value())).orElseThrow().baselinePerDay()).as("the fortnight filed after the first reading")
                .isEqualTo(1.0);
    }

    @Test
    void a_batch_whose_day_another_node_filed_meanwhile_is_refused_and_counts_once_when_delivered_again() {
        ComplaintRegistered text = complaint(MONDAY, "Jalan rusak parah, gak diperbaiki", "Ciwandan");
        MongoDatabase database = client.client().getDatabase("opinion-test");
        TopicTaxonomy taxonomy = new TopicTaxonomy(database, Clock.systemUTC());
        OpinionProjection otherNode = new OpinionProjection(database, new OpinionAnalysis(taxonomy), taxonomy,
                SpikeRule.DEFAULT, WIB);
        Runnable otherNodeHandlesTheSameText = () -> otherNode.on(text);

        ResultMessage<?> raced = batch(List.of(text, otherNodeHandlesTheSameText));

        assertThat(raced.isExceptional()).isTrue();
        assertThat(raced.exceptionResult()).hasMessageContaining(MONDAY.toString());
        assertThat(count(MONDAY, "JALAN", Sentiment.NEGATIF)).isEqualTo(1);
        assertThat(batch(List.of(text)).isExceptional()).as("delivered again").isFalse();
        assertThat(count(MONDAY, "JALAN", Sentiment.NEGATIF)).isEqualTo(1);
    }

    @Test
    void a_days_texts_are_filed_in_parts_so_that_no_document_grows_with_the_day() {
        List<Object> texts = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            texts.add(complaint(MONDAY, "Lampu jalan mati " + i, "Jombang"));
        }
        for (int from = 0; from < texts.size(); from += 20) {
            batch(texts.subList(from, from + 20));
        }

        assertThat(counts().stream().mapToLong(OpinionCount::count).sum()).isEqualTo(160);
        List<Document> stored = days().find().into(new ArrayList<>());
        assertThat(stored).hasSizeLessThanOrEqualTo(OpinionBatch.PARTS);
        assertThat(stored).allSatisfy(part -> assertThat(part.get(OpinionBatch.SIGNALS_OF_DAY, Document.class))
                .as("the keys of one part of the day").hasSizeLessThan(40));
    }

    @Test
    void a_day_filed_as_one_document_before_days_had_parts_keeps_its_cases_there_and_counts_on() {
        List<Object> events = week();
        ComplaintRegistered praise = (ComplaintRegistered) events.get(1);
        apply(events.subList(0, events.size() - 1));
        fileEachDayAsOneDocument();

        apply(events.subList(events.size() - 1, events.size()));
        apply(events.subList(events.size() - 1, events.size()));
        apply(List.of(complaint(MONDAY, "Jalan rusak lagi, parah", "Ciwandan")));

        assertThat(count(MONDAY, "JALAN", Sentiment.POSITIF)).as("the praise, moved in the whole day").isZero();
        assertThat(count(MONDAY, "JALAN", Sentiment.NEGATIF)).isEqualTo(3);
        Document whole = days().find(eq("_id", MONDAY.toString())).first();
        assertThat(whole.get(OpinionBatch.SIGNALS_OF_DAY, Document.class).getString(praise.complaintId().value()))
                .contains("NEGATIF");
        assertThat(days().countDocuments(eq("signals." + praise.complaintId().value(), new Document("$exists", true))))
                .as("the praise's key in one document only").isEqualTo(1);
    }

    private MongoCollection<Document> days() {
        return client.client().getDatabase("opinion-test").getCollection(OpinionProjection.DAYS);
    }

    /** As days were stored before they had parts: each one document with all its keys and its whole tally. */
    private void fileEachDayAsOneDocument() {
        Map<String, Document> wholeDays = new TreeMap<>();
        for (Document part : days().find().into(new ArrayList<>())) {
            String day = part.getString("_id").substring(0, part.getString("_id").indexOf('#'));
            Document whole = wholeDays.computeIfAbsent(day, id -> new Document("_id", id)
                    .append(OpinionBatch.SIGNALS_OF_DAY, new Document()).append(OpinionBatch.TALLY, new Document()));
            whole.get(OpinionBatch.SIGNALS_OF_DAY, Document.class)
                    .putAll(part.get(OpinionBatch.SIGNALS_OF_DAY, Document.class));
            Document tally = whole.get(OpinionBatch.TALLY, Document.class);
            part.get(OpinionBatch.TALLY, Document.class).forEach((key, count) ->
                    tally.merge(key, count, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
        }
        days().deleteMany(new Document());
        days().insertMany(List.copyOf(wholeDays.values()));
    }

    /** As the days were stored before they kept a tally of their keys. */
    private void forgetKeptCounts() {
        client.client().getDatabase("opinion-test").getCollection(OpinionProjection.DAYS)
                .updateMany(new Document(), Updates.unset("tally"));
    }
}
