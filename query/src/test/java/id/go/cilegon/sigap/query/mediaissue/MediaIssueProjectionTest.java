package id.go.cilegon.sigap.query.mediaissue;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDuplicateAttached;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueClosed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseDrafted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponsePublished;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseRejected;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.MonitoringNoted;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationReceived;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationRequested;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssueTimeline;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueTimelineEntry;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The media issue files and timelines, through the real driver against the embedded store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MediaIssueProjectionTest {

    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));
    private static final MediaIssueId ID = MediaIssueId.of("isu-1");
    private static final OfficerId MEDIA = OfficerId.of("media");
    private static final OfficerId SUPERVISOR = OfficerId.of("supervisor");
    private static final UnitId DPUTR = UnitId.of("DPUTR");
    private static final Instant MONDAY = Instant.parse("2026-11-02T02:00:00Z");
    private static final MediaSource ARTICLE = new MediaSource(MediaKind.BERITA_DARING, "Radar Banten",
            "https://radarbanten.example/banjir", "Banjir rendam Ciwandan", null, MONDAY, 12_000L);

    private MongoServer server;
    private MongoClient client;
    private MediaIssueProjection projection;
    private MediaIssueQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("media-issue-test");
        projection = new MediaIssueProjection(database);
        queries = new MediaIssueQueries(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static Instant hours(int hours) {
        return MONDAY.plusSeconds(3600L * hours);
    }

    /** The whole journey, each event with its sequence number. */
    private void journey() {
        projection.on(new MediaIssueLogged(ID, MediaIssueNumber.of(2026, 7), ARTICLE, IssueOrigin.PETUGAS, null, MEDIA,
                MONDAY, CALENDAR.workingDaysAfter(MONDAY, 1)), 0);
        projection.on(new MediaIssueTriaged(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.TINGGI, DPUTR,
                List.of("ADUAN/2026/000004"), MEDIA, hours(1), CALENDAR.workingDaysAfter(hours(1), 2)), 1);
        projection.on(new UnitClarificationRequested(ID, DPUTR, "Berapa titik?", hours(5), MEDIA, hours(2)), 2);
        projection.on(new MediaResponseDrafted(ID, 1, ResponseKind.SIARAN_PERS, "Rilis", "Isi 1", MEDIA, hours(3)), 3);
        projection.on(new UnitClarificationReceived(ID, DPUTR, "Tiga titik", OfficerId.of("pelaksana-dputr"),
                hours(4), false), 4);
        projection.on(new MediaResponseSubmitted(ID, 1, MEDIA, hours(5)), 5);
        projection.on(new MediaResponseRejected(ID, 1, "Tambah data", SUPERVISOR, hours(6)), 6);
        projection.on(new MediaResponseDrafted(ID, 2, ResponseKind.SIARAN_PERS, "Rilis", "Isi 2", MEDIA, hours(7)), 7);
        projection.on(new MediaResponseSubmitted(ID, 2, MEDIA, hours(8)), 8);
        projection.on(new MediaResponseApproved(ID, 2, null, SUPERVISOR, hours(9)), 9);
        projection.on(new MediaResponsePublished(ID, 2, "Situs Pemkot", hours(10), "https://cilegon.example/r", MEDIA,
                hours(10), false), 10);
        projection.on(new MonitoringNoted(ID, "Dimuat ulang dua media", MEDIA, hours(30)), 11);
        projection.on(new MediaIssueClosed(ID, "Mereda", true, MEDIA, hours(50)), 12);
    }

    private MediaIssueFile file() {
        return queries.handle(new FindMediaIssue("isu-1")).orElseThrow();
    }

    @Test
    void the_file_follows_the_issue_from_detection_to_closure() {
        journey();

        MediaIssueFile file = file();
        assertThat(file.number()).isEqualTo("ISU/2026/000007");
        assertThat(file.status()).isEqualTo(MediaIssueStatus.SELESAI);
        assertThat(file.triage().urgency()).isEqualTo(IssueUrgency.TINGGI);
        assertThat(file.triage().relatedCases()).containsExactly("ADUAN/2026/000004");
        assertThat(file.clarifications()).singleElement().satisfies(clarification -> {
            assertThat(clarification.pending()).isFalse();
            assertThat(clarification.answer()).isEqualTo("Tiga titik");
        });
        assertThat(file.drafts()).extracting(MediaIssueFile.Draft::version, draft -> draft.decision().approved())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(file.publication().version()).isEqualTo(2);
        assertThat(file.monitoring()).extracting(MediaIssueFile.Note::text).containsExactly("Dimuat ulang dua media");
        assertThat(file.closure().responded()).isTrue();
        assertThat(file.runningClock()).isEmpty();
        assertThat(file.lastSequence()).isEqualTo(12);
        assertThat(queries.handle(new FindMediaIssueTimeline("isu-1"))).hasSize(13)
                .extracting(MediaIssueTimelineEntry::event).startsWith("MediaIssueLogged", "MediaIssueTriaged");
    }

    @Test
    void the_same_events_twice_give_the_same_file_and_timeline() {
        journey();
        MediaIssueFile once = file();
        List<MediaIssueTimelineEntry> timelineOnce = queries.handle(new FindMediaIssueTimeline("isu-1"));

        journey();

        assertThat(file()).isEqualTo(once);
        assertThat(queries.handle(new FindMediaIssueTimeline("isu-1"))).isEqualTo(timelineOnce);
    }

    @Test
    void a_status_waits_for_every_unit_asked_and_a_clock_runs_until_the_response_is_out() {
        projection.on(new MediaIssueLogged(ID, MediaIssueNumber.of(2026, 7), ARTICLE, IssueOrigin.PETUGAS, null, MEDIA,
                MONDAY, CALENDAR.workingDaysAfter(MONDAY, 1)), 0);
        assertThat(file().runningClock()).get().satisfies(clock -> {
            assertThat(clock.kind()).isEqualTo(MediaIssueFile.Clock.Kind.TRIASE);
            assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        });
        projection.on(new MediaDeadlineMissed(ID, MediaDeadlineMissed.Stage.TRIASE, LocalDate.of(2026, 11, 3),
                hours(48)), 1);
        assertThat(file().runningClock()).get().satisfies(clock -> assertThat(clock.missed()).isTrue());

        projection.on(new MediaIssueTriaged(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.TINGGI, DPUTR, List.of(),
                MEDIA, hours(49), CALENDAR.workingDaysAfter(hours(49), 2)), 2);
        projection.on(new UnitClarificationRequested(ID, DPUTR, "Data?", hours(60), MEDIA, hours(50)), 3);
        projection.on(new UnitClarificationRequested(ID, UnitId.of("DLH"), "Data?", hours(60), MEDIA, hours(50)), 4);
        projection.on(new UnitClarificationReceived(ID, DPUTR, "Ada", MEDIA, hours(51), false), 5);

        assertThat(file().status()).isEqualTo(MediaIssueStatus.KLARIFIKASI_OPD);
        assertThat(file().pendingClarifications()).extracting(MediaIssueFile.Clarification::unit)
                .containsExactly("DLH");
        assertThat(file().runningClock()).get().satisfies(clock -> {
            assertThat(clock.kind()).isEqualTo(MediaIssueFile.Clock.Kind.TANGGAPAN);
            assertThat(clock.missed()).isFalse();
        });
    }

    @Test
    void a_duplicate_adds_its_reach_and_the_list_finds_issues_by_status_and_year() {
        journey();
        MediaIssueId other = MediaIssueId.of("isu-2");
        MediaSource repost = new MediaSource(MediaKind.MEDIA_SOSIAL, "@infocilegon", "https://ig.example/p/1",
                "Banjir", null, MONDAY, 40_000L);
        projection.on(new MediaIssueLogged(other, MediaIssueNumber.of(2026, 8), ARTICLE, IssueOrigin.UMPAN_BERITA,
                "Radar Banten", null, hours(1), CALENDAR.workingDaysAfter(hours(1), 1)), 0);
        projection.on(new MediaDuplicateAttached(other, MediaIssueId.of("isu-3"), MediaIssueNumber.of(2026, 9), repost,
                hours(2)), 1);

        assertThat(queries.handle(new FindMediaIssue("isu-2")).orElseThrow().totalReach()).isEqualTo(52_000L);
        assertThat(queries.handle(ListMediaIssues.open())).extracting(MediaIssueFile::mediaIssueId)
                .containsExactly("isu-2");
        assertThat(queries.handle(new ListMediaIssues(Set.of(), 2026))).hasSize(2);
        assertThat(queries.handle(new ListMediaIssues(Set.of(), 2025))).isEmpty();
    }
}
