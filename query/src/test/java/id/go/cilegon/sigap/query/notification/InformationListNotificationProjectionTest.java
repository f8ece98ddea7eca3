package id.go.cilegon.sigap.query.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.ListNotifications;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The exemption watch's reminders reach the PPID's desk and its Atasan, and link to the listed information. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationListNotificationProjectionTest {

    private static final ListedInformationId ID = ListedInformationId.of("inf-1");
    private static final Instant AT = Instant.parse("2028-10-03T00:00:00Z");
    private static final LocalDate ENDS = LocalDate.of(2028, 11, 2);
    private static final Audience DESK = new Audience("petugas", List.of("PETUGAS_PPID"), null);
    private static final Audience ATASAN = new Audience("atasan", List.of("ATASAN_PPID"), null);
    private static final Audience MEDIA = new Audience("media", List.of("PETUGAS_MEDIA"), null);

    private MongoServer server;
    private MongoClient client;
    private InformationListNotificationProjection projection;
    private NotificationInbox inbox;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("information-list-notification-test");
        projection = new InformationListNotificationProjection(database);
        inbox = new NotificationInbox(database);
        projection.on(new InformationListed(ID, ListedInformationNumber.of(2026, 2), new InformationDescription(
                "Berkas pemeriksaan", "Berkas pemeriksaan pengadaan", InformationCategory.SETIAP_SAAT,
                UnitId.of("INSPEKTORAT"), "Inspektur", "Cilegon, 2026", List.of(InformationForm.HARDCOPY),
                "10 tahun", null), OfficerId.of("petugas"), AT));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_review_due_and_an_ended_exemption_reach_the_desk_and_the_atasan_once_each() {
        projection.on(new ExemptionReviewDue(ID, ENDS, AT), 2, AT);
        projection.on(new ExemptionReviewDue(ID, ENDS, AT), 2, AT);
        Instant ended = Instant.parse("2028-11-01T17:00:00Z");
        projection.on(new ExemptionEnded(ID, ENDS, ended), 3, ended);

        assertThat(inbox.handle(new ListNotifications(DESK))).containsExactly(
                new Notification("inf-1:3", CaseType.INFORMASI, "inf-1", "INF/2026/000002",
                        NotificationKind.EXEMPTION_ENDED, null, ENDS, ended, false),
                new Notification("inf-1:2", CaseType.INFORMASI, "inf-1", "INF/2026/000002",
                        NotificationKind.EXEMPTION_REVIEW_DUE, null, ENDS, AT, false));
        assertThat(inbox.handle(new ListNotifications(ATASAN))).extracting(Notification::kind).containsExactly(
                NotificationKind.EXEMPTION_ENDED, NotificationKind.EXEMPTION_REVIEW_DUE);
        assertThat(inbox.handle(new ListNotifications(MEDIA))).isEmpty();
        assertThat(inbox.handle(new ListNotifications(DESK)).get(0).officerPath())
                .isEqualTo("/petugas/informasi/inf-1");
    }
}
