package id.go.cilegon.sigap.webapp.mediaissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssueTimeline;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueTimelineEntry;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Media issues over real HTTP: logging by form (bad input refused by field, the same article never twice, even
 * posted five times at once), the four-eyes rule, actions by role, the CSV import, a monitored RSS feed served on
 * loopback, and the deadline watch.
 */
@SigapTest
class MediaIssueHttpTest {

    private static final String PASSWORD = "rahasia-media-uji-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    MediaIntake intake;

    @Autowired
    MediaIssueDeadlineWatch watch;

    @Autowired
    Clock clock;

    private Http media;

    @BeforeEach
    void logIn() {
        accounts.save("uji-media", "Petugas media uji", PASSWORD, List.of(OfficerRole.PETUGAS_MEDIA));
        media = new Http(port);
        media.logIn("uji-media", PASSWORD);
    }

    private static MultiValueMap<String, String> article(String url) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("jenis", "BERITA_DARING");
        form.add("media", "Radar Banten");
        form.add("tautan", url);
        form.add("judul", "Jalan rusak parah di Cibeber, warga: gak ada perbaikan");
        form.add("kutipan", "Warga mengeluh 😡");
        form.add("waktuTerbit", "2026-01-05T08:15");
        form.add("jangkauan", "12000");
        return form;
    }

    private Optional<MediaIssueFile> file(String id) {
        return queries.query(new FindMediaIssue(id), ResponseTypes.optionalInstanceOf(MediaIssueFile.class)).join();
    }

    private List<MediaIssueFile> all() {
        return queries.query(new ListMediaIssues(Set.of(), null),
                ResponseTypes.multipleInstancesOf(MediaIssueFile.class)).join();
    }

    private static String unique() {
        return "https://radarbanten.example/" + UUID.randomUUID();
    }

    @Test
    void bad_input_is_refused_by_field_and_logs_nothing() {
        int before = all().size();
        MultiValueMap<String, String> form = article("javascript:alert(1)");
        form.set("jenis", "KORAN");
        form.set("judul", "");
        form.set("waktuTerbit", "2099-01-01T08:00");
        form.set("jangkauan", "-5");

        EntityExchangeResult<String> answer = media.submit("/petugas/isu/baru", "/petugas/isu/baru", form);

        assertThat(answer.getStatus().value()).isEqualTo(400);
        assertThat(answer.getResponseBody()).contains("id=\"kesalahan\"", "Jenis media", "Tautan", "Judul",
                "Waktu terbit", "Perkiraan jangkauan");
        assertThat(all()).hasSize(before);
    }

    @Test
    void the_same_article_posted_five_times_at_once_is_one_issue() throws Exception {
        String url = unique();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<EntityExchangeResult<String>>> posts = IntStream.range(0, 5)
                    .mapToObj(i -> (Callable<EntityExchangeResult<String>>) () -> {
                        Http officer = new Http(port);
                        officer.logIn("uji-media", PASSWORD);
                        return officer.submit("/petugas/isu/baru", "/petugas/isu/baru", article(url));
                    }).toList();
            for (Future<EntityExchangeResult<String>> answer : pool.invokeAll(posts)) {
                assertThat(answer.get().getStatus().value()).isEqualTo(303);
                assertThat(answer.get().getResponseHeaders().getLocation().toString())
                        .contains("/petugas/isu/" + MediaIssueId.forUrl(url).value());
            }
        } finally {
            pool.shutdownNow();
        }
        String id = MediaIssueId.forUrl(url).value();
        assertThat(all().stream().filter(issue -> issue.mediaIssueId().equals(id))).hasSize(1);
        assertThat(queries.query(new FindMediaIssueTimeline(id),
                ResponseTypes.multipleInstancesOf(MediaIssueTimelineEntry.class)).join()).hasSize(1);
        assertThat(media.page("/petugas/isu/" + id + "?berhasil=sudah-ada").getResponseBody())
                .contains("sudah tercatat");
    }

    @Test
    void a_draft_is_approved_by_another_officer_and_each_action_is_its_roles() {
        accounts.save("uji-media-supervisor", "Media dan supervisor", PASSWORD,
                List.of(OfficerRole.PETUGAS_MEDIA, OfficerRole.SUPERVISOR));
        accounts.save("uji-supervisor", "Supervisor uji", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        accounts.save("uji-ppid", "PPID uji", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        Http both = new Http(port);
        both.logIn("uji-media-supervisor", PASSWORD);
        Http supervisor = new Http(port);
        supervisor.logIn("uji-supervisor", PASSWORD);
        Http ppid = new Http(port);
        ppid.logIn("uji-ppid", PASSWORD);
        String id = media.submit("/petugas/isu/baru", "/petugas/isu/baru", article(unique()))
                .getResponseHeaders().getLocation().getPath().replace("/petugas/isu/", "");
        String page = "/petugas/isu/" + id;

        MultiValueMap<String, String> triage = new LinkedMultiValueMap<>();
        triage.add("topik", "Jalan rusak");
        triage.add("sentimen", "NEGATIF");
        triage.add("urgensi", "TINGGI");
        triage.add("kasusTerkait", "ADUAN/2026/000001, bukan-nomor");
        assertThat(media.submit(page, page + "/triase", triage).getStatus().value()).isEqualTo(400);
        triage.set("kasusTerkait", "ADUAN/2026/000001");
        assertThat(ppid.submit("/petugas/notifikasi", page + "/triase", triage).getStatus().value()).isEqualTo(403);
        assertThat(media.submit(page, page + "/triase", triage).getStatus().value()).isEqualTo(303);

        MultiValueMap<String, String> draft = new LinkedMultiValueMap<>();
        draft.add("jenisTanggapan", "KLARIFIKASI");
        draft.add("judul", "Klarifikasi perbaikan jalan");
        draft.add("isi", "Perbaikan dijadwalkan pekan depan.");
        assertThat(both.submit(page, page + "/draf", draft).getStatus().value()).isEqualTo(303);
        assertThat(both.submit(page, page + "/ajukan", new LinkedMultiValueMap<>()).getStatus().value())
                .isEqualTo(303);

        EntityExchangeResult<String> ownApproval = both.submit(page, page + "/setujui", new LinkedMultiValueMap<>());
        assertThat(ownApproval.getStatus().value()).isEqualTo(409);
        assertThat(ownApproval.getResponseBody()).contains("petugas lain yang memutuskan");
        assertThat(media.submit(page, page + "/setujui", new LinkedMultiValueMap<>()).getStatus().value())
                .isEqualTo(403);
        assertThat(supervisor.submit(page, page + "/setujui", new LinkedMultiValueMap<>()).getStatus().value())
                .isEqualTo(303);
        assertThat(file(id)).get().satisfies(issue -> {
            assertThat(issue.status()).isEqualTo(MediaIssueStatus.DISETUJUI);
            assertThat(issue.latestDraft().orElseThrow().decision().decidedBy()).isEqualTo("uji-supervisor");
        });

        MultiValueMap<String, String> published = new LinkedMultiValueMap<>();
        published.add("tempat", "Situs Pemkot Cilegon");
        published.add("waktuTerbit", "2099-01-01T10:00");
        assertThat(media.submit(page, page + "/publikasi", published).getStatus().value()).isEqualTo(400);
        assertThat(file(id).orElseThrow().status()).isEqualTo(MediaIssueStatus.DISETUJUI);
    }

    @Test
    void a_csv_export_logs_its_valid_rows_names_the_bad_ones_and_never_logs_an_address_twice() {
        String known = unique();
        media.submit("/petugas/isu/baru", "/petugas/isu/baru", article(known));
        String fresh = unique();
        String csv = "media,tautan,judul,waktu_terbit,jangkauan,jenis\n"
                + "Kabar Serang," + fresh + ",\"Banjir di Citangkil, warga \"\"kecewa\"\"\",2026-02-01T09:00,500,\n"
                + "Radar Banten," + known + ",Sudah ada,2026-02-01T09:00,,\n"
                + "Akun X,,Tanggal salah,kemarin,,MEDIA_SOSIAL\n"
                + "Akun Y,,Jenis salah,2026-02-01T09:00,,KORAN\n";
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("berkas", csv.getBytes(StandardCharsets.UTF_8)).filename("ekspor.csv")
                .contentType(MediaType.parseMediaType("text/csv"));

        EntityExchangeResult<String> answer = media.submitMultipart("/petugas/isu/baru", "/petugas/isu/impor", parts);

        assertThat(answer.getStatus().value()).isEqualTo(200);
        assertThat(answer.getResponseBody()).contains("1 isu baru, 1 sudah tercatat, 2 baris ditolak",
                "Baris 4", "waktu_terbit tidak terbaca", "Baris 5", "jenis tidak dikenal");
        // The read model trails the import by moments.
        await().atMost(Duration.ofSeconds(10)).until(() -> file(MediaIssueId.forUrl(fresh).value()).isPresent());
        assertThat(file(MediaIssueId.forUrl(fresh).value())).get().satisfies(issue -> {
            assertThat(issue.source().title()).isEqualTo("Banjir di Citangkil, warga \"kecewa\"");
            assertThat(issue.origin()).isEqualTo(IssueOrigin.IMPOR_CSV);
        });

        MultipartBodyBuilder notCsv = new MultipartBodyBuilder();
        notCsv.part("berkas", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}).filename("foto.jpg");
        EntityExchangeResult<String> refused = media.submitMultipart("/petugas/isu/baru", "/petugas/isu/impor",
                notCsv);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("UTF-8");
    }

    @Test
    void a_monitored_feed_logs_new_items_that_mention_its_keywords_once() throws Exception {
        String matching = unique();
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Radar Banten</title><link>https://radarbanten.example</link>
                <description>Berita</description>
                <item><title>Pemkot Cilegon tunda perbaikan jalan</title><link>%s</link>
                  <description>&lt;p&gt;Warga &lt;b&gt;kecewa&lt;/b&gt;&lt;/p&gt;</description>
                  <pubDate>Mon, 05 Jan 2026 08:00:00 +0700</pubDate></item>
                <item><title>Harga cabai di Serang naik</title><link>%s</link></item>
                </channel></rss>""".formatted(matching, unique());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", exchange -> {
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            MediaFeeds feeds = new MediaFeeds(List.of(), intake, Duration.ofSeconds(5), clock);
            MediaFeeds.Feed feed = new MediaFeeds.Feed("Radar Banten",
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed"), List.of("cilegon"));

            assertThat(feeds.read(feed)).isEqualTo(new MediaFeeds.Reading(2, 1, 0));
            assertThat(feeds.read(feed)).isEqualTo(new MediaFeeds.Reading(2, 0, 1));

            await().atMost(Duration.ofSeconds(10)).until(() -> file(MediaIssueId.forUrl(matching).value()).isPresent());
            assertThat(file(MediaIssueId.forUrl(matching).value())).get().satisfies(issue -> {
                assertThat(issue.source().excerpt()).isEqualTo("Warga kecewa");
                assertThat(issue.origin()).isEqualTo(IssueOrigin.UMPAN_BERITA);
                assertThat(issue.feed()).isEqualTo("Radar Banten");
                assertThat(issue.source().publishedAt()).isEqualTo(Instant.parse("2026-01-05T01:00:00Z"));
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_watch_records_a_missed_triage_once_however_often_it_runs() {
        MediaIssueId late = MediaIssueId.newId();
        Instant longAgo = clock.instant().minus(Duration.ofDays(30));
        commands.sendAndWait(new LogMediaIssue(late, new MediaSource(MediaKind.RADIO, "Radio Krakatau", null,
                "Antrean BBM mengular", null, longAgo, null), IssueOrigin.PETUGAS, null, OfficerId.of("uji-media"),
                longAgo));
        await().atMost(Duration.ofSeconds(10)).until(() -> file(late.value()).isPresent());

        watch.actOnPassedDeadlines();
        await().atMost(Duration.ofSeconds(10)).until(() -> file(late.value()).orElseThrow().triageDeadlineMissed());
        watch.actOnPassedDeadlines();

        assertThat(queries.query(new FindMediaIssueTimeline(late.value()),
                        ResponseTypes.multipleInstancesOf(MediaIssueTimelineEntry.class)).join())
                .extracting(MediaIssueTimelineEntry::event).containsExactly("MediaIssueLogged", "MediaDeadlineMissed");
        assertThat(media.page("/petugas/isu").getResponseBody()).contains(file(late.value()).orElseThrow().number(),
                "Terlambat");
    }
}
