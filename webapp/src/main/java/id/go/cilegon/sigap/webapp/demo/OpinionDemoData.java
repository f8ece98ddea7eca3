package id.go.cilegon.sigap.webapp.demo;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.mediaissue.api.CloseMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: four weeks of public opinion for the monitor, and a spike today. The weeks are posts of the city's
 * residents on social media that the media officer logged, triaged and closed without a response (as most are);
 * the spike is six complaints about flooding in Ciwandan this morning, which the opinion monitor finds and raises to
 * the supervisors within a minute. Runs once per store, after the media issues.
 */
@Component
@Order(4)
@ConditionalOnBooleanProperty("sigap.demo.enabled")
class OpinionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpinionDemoData.class);
    private static final OfficerId MEDIA = new OfficerId("media");
    private static final String URL = "https://instagram.example/p/opini-demo-";
    private static final int DAYS = 27;

    /** A post: what it says, and how the officer read it. */
    private record Post(String title, String topic, Sentiment sentiment) {
    }

    private static final List<Post> POSTS = List.of(
            new Post("Jalan di Cibeber berlubang lagi, kapan diperbaiki?", "Jalan dan jembatan", Sentiment.NEGATIF),
            new Post("Mantap, trotoar di Jombang sudah rapi dan bersih", "Jalan dan jembatan", Sentiment.POSITIF),
            new Post("Sampah numpuk di TPS Citangkil, baunya parah", "Sampah dan kebersihan", Sentiment.NEGATIF),
            new Post("Jadwal angkut sampah di Grogol berubah? Mohon info", "Sampah dan kebersihan", Sentiment.NETRAL),
            new Post("Lampu PJU di Pulomerak mati seminggu, gelap banget", "Penerangan jalan umum", Sentiment.NEGATIF),
            new Post("Terima kasih, lampu jalan di Purwakarta sudah nyala", "Penerangan jalan umum", Sentiment.POSITIF),
            new Post("Pelayanan puskesmas di Cilegon ramah dan cepat", "Kesehatan", Sentiment.POSITIF),
            new Post("Antrean BPJS di rumah sakit lama sekali", "Kesehatan", Sentiment.NEGATIF),
            new Post("Kapan pengumuman PPDB zonasi SMP?", "Pendidikan", Sentiment.NETRAL),
            new Post("Macet parah di simpang Ciwandan tiap sore karena truk", "Lalu lintas, parkir dan angkutan",
                    Sentiment.NEGATIF),
            new Post("Got di Grogol mampet, air meluap ke jalan", "Banjir dan drainase", Sentiment.NEGATIF),
            new Post("Debu dari pabrik di Ciwandan bikin sesak", "Industri dan lingkungan hidup", Sentiment.NEGATIF),
            new Post("Bikin KTP di kelurahan sekarang cepat, mantul", "Administrasi kependudukan", Sentiment.POSITIF));

    private static final List<String> FLOOD = List.of(
            "Banjir di Kepuh sudah selutut, got mampet gak pernah dibersihkan",
            "Rumah kami di Gunung Sugih kebanjiran lagi, parah",
            "Air banjir masuk rumah di Randakari, tolong pompa",
            "Tegal Ratu kebanjiran, motor mogok semua",
            "Banjir rob di Banjar Negara, anak-anak gak bisa sekolah",
            "Saluran air di Kubangsari meluap, banjir sejak subuh");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    OpinionDemoData(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (queries.query(new FindMediaIssue(MediaIssueId.forUrl(URL + 0).value()),
                ResponseTypes.optionalInstanceOf(MediaIssueFile.class)).join().isPresent()) {
            return;
        }
        Instant now = clock.instant();
        int posted = 0;
        for (int day = DAYS; day >= 1; day--) {
            // One or two posts a day, going round the list, so that each topic has a quiet baseline.
            for (int slot = 0; slot < 1 + day % 2; slot++) {
                Post post = POSTS.get(posted % POSTS.size());
                Instant published = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(2L + slot * 3L));
                MediaIssueId id = MediaIssueId.forUrl(URL + posted);
                commands.sendAndWait(new LogMediaIssue(id, new MediaSource(MediaKind.MEDIA_SOSIAL, "@warga.cilegon",
                        URL + posted, post.title(), null, published, 800L + 150L * (posted % 7)),
                        IssueOrigin.PETUGAS, null, MEDIA, published.plus(Duration.ofMinutes(30))));
                commands.sendAndWait(new TriageMediaIssue(id, post.topic(), post.sentiment(), IssueUrgency.RENDAH,
                        null, List.of(), MEDIA));
                commands.sendAndWait(new CloseMediaIssue(id, "Dipantau; tidak perlu tanggapan resmi.", MEDIA));
                posted++;
            }
        }
        for (String text : FLOOD) {
            commands.sendAndWait(new RegisterComplaint(ComplaintId.newId(), Channel.WEB, now, null, false,
                    text, text + ". Mohon segera ditangani.", ComplaintCategory.INFRASTRUKTUR,
                    new Location("Ciwandan", null, null, null), List.of(), TrackingCode.generate().hash(), null));
        }
        log.info("Demo opinion: {} posts over {} days and {} complaints about flooding in Ciwandan today", posted,
                DAYS, FLOOD.size());
    }
}
