package id.go.cilegon.sigap.webapp.demo;

import id.go.cilegon.sigap.command.mediaissue.api.ApproveMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.AskUnitForClarification;
import id.go.cilegon.sigap.command.mediaissue.api.DraftMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaPublication;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.SubmitMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a media officer ({@code media} / {@code media-demo}) and media issues at four stages: one just
 * picked up, one waiting for DPUTR's facts, a krisis response waiting for the supervisor's approval, and a hak jawab
 * published and being monitored. Runs once per store, after the complaints (it needs their units): the media
 * officer's account marks a seeded store.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("sigap.demo.enabled")
class MediaDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MediaDemoData.class);
    private static final OfficerId MEDIA = new OfficerId("media");
    private static final OfficerId SUPERVISOR = new OfficerId("supervisor");
    private static final UnitId DPUTR = new UnitId("DPUTR");
    private static final UnitId DLH = new UnitId("DLH");

    private final OfficerAccounts accounts;
    private final CommandGateway commands;
    private final Clock clock;

    MediaDemoData(OfficerAccounts accounts, CommandGateway commands, Clock clock) {
        this.accounts = accounts;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("media")) {
            return;
        }
        accounts.save("media", "Petugas Media Bidang IKP (demo)", "media-demo", List.of(OfficerRole.PETUGAS_MEDIA));

        log(MediaKind.MEDIA_SOSIAL, "@warga.cilegon", "https://instagram.example/p/jalan-lingkar-selatan",
                "Jalan Lingkar Selatan rusak parah, gak ada perbaikan", "Lubangnya makin lebar, motor sering jatuh.",
                2, 18_500L);

        MediaIssueId flood = log(MediaKind.BERITA_DARING, "Radar Banten", "https://radarbanten.example/banjir-ciwandan",
                "Banjir rendam Ciwandan, warga keluhkan drainase", "Warga menilai normalisasi saluran lambat.", 30,
                42_000L);
        triage(flood, "Banjir dan drainase", IssueUrgency.TINGGI, DPUTR);
        commands.sendAndWait(new AskUnitForClarification(flood, DPUTR, "Berapa titik saluran yang sudah dinormalisasi "
                + "tahun ini, dan jadwal berikutnya?", clock.instant().plus(Duration.ofHours(20)), MEDIA));

        MediaIssueId crisis = log(MediaKind.TELEVISI, "Banten TV", null,
                "Kebocoran gas di kawasan industri, warga Gerem mengungsi", "Liputan langsung dari lokasi.", 5,
                250_000L);
        triage(crisis, "Keselamatan kawasan industri", IssueUrgency.KRISIS, DLH);
        commands.sendAndWait(new DraftMediaResponse(crisis, ResponseKind.SIARAN_PERS,
                "Pemkot Cilegon pastikan warga Gerem aman", "Pemerintah Kota Cilegon bersama DLH dan BPBD telah "
                        + "menutup sumber kebocoran dan membuka posko di Kantor Kelurahan Gerem.", MEDIA));
        commands.sendAndWait(new SubmitMediaResponse(crisis, MEDIA));

        MediaIssueId reply = log(MediaKind.BERITA_DARING, "Kabar Serang", "https://kabarserang.example/anggaran-taman",
                "Anggaran taman kota disebut naik tiga kali lipat", "Angka yang dimuat tidak sesuai APBD.", 50, 9_000L);
        triage(reply, "Anggaran taman kota", IssueUrgency.SEDANG, DLH);
        commands.sendAndWait(new DraftMediaResponse(reply, ResponseKind.HAK_JAWAB, "Hak jawab Pemkot Cilegon",
                "Anggaran taman kota dalam APBD 2026 adalah Rp1,2 miliar, bukan Rp3,6 miliar.", MEDIA));
        commands.sendAndWait(new SubmitMediaResponse(reply, MEDIA));
        commands.sendAndWait(new ApproveMediaResponse(reply, "Sesuai data BPKAD.", SUPERVISOR));
        commands.sendAndWait(new RecordMediaPublication(reply, "Kabar Serang", clock.instant()
                .minus(Duration.ofHours(3)), "https://kabarserang.example/hak-jawab-pemkot", MEDIA));
        log.info("Demo media issues created; media officer: media / media-demo");
    }

    private MediaIssueId log(MediaKind kind, String outlet, String url, String title, String excerpt, int hoursAgo,
            Long reach) {
        MediaIssueId id = url == null ? MediaIssueId.newId() : MediaIssueId.forUrl(url);
        Instant published = clock.instant().minus(Duration.ofHours(hoursAgo));
        commands.sendAndWait(new LogMediaIssue(id, new MediaSource(kind, outlet, url, title, excerpt, published, reach),
                IssueOrigin.PETUGAS, null, MEDIA, published.plus(Duration.ofMinutes(40))));
        return id;
    }

    private void triage(MediaIssueId id, String topic, IssueUrgency urgency, UnitId unit) {
        commands.sendAndWait(new TriageMediaIssue(id, topic, Sentiment.NEGATIF, urgency, unit, List.of(), MEDIA));
    }
}
