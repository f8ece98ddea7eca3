package id.go.cilegon.sigap.query.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.ListNotifications;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Complaint notifications share the officers' inbox with the requests' and link to the complaint. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintNotificationProjectionTest {

    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));
    private static final ComplaintId ID = ComplaintId.of("c-1");
    private static final Instant AT = Instant.parse("2026-11-02T03:00:00Z");
    private static final UnitId DPUTR = UnitId.of("DPUTR");
    private static final Audience DESK = new Audience("petugas", List.of("PETUGAS_PPID"), null);
    private static final Audience WORKS = new Audience("dputr", List.of("PPID_PELAKSANA"), "DPUTR");
    private static final Audience TRANSPORT = new Audience("dishub", List.of("PPID_PELAKSANA"), "DISHUB");
    private static final Audience SUPERVISOR = new Audience("supervisor", List.of("SUPERVISOR"), null);

    private MongoServer server;
    private MongoClient client;
    private ComplaintNotificationProjection projection;
    private NotificationInbox inbox;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("complaint-notification-test");
        projection = new ComplaintNotificationProjection(database);
        inbox = new NotificationInbox(database);
        projection.on(new ComplaintRegistered(ID, ComplaintNumber.of(2026, 9), Channel.WEB, AT, null, false,
                "Jalan berlubang", "Lubang besar", ComplaintCategory.INFRASTRUKTUR,
                new Location("Cilegon", "Ciwaduk", null, null), List.of(), "hash", null,
                CALENDAR.workingDaysAfter(AT, 3)), 0, AT);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private List<Notification> of(Audience audience) {
        return inbox.handle(new ListNotifications(audience));
    }

    @Test
    void a_new_complaint_goes_to_the_desk_with_its_number_and_verification_date() {
        assertThat(of(DESK)).containsExactly(new Notification("c-1:0", CaseType.PENGADUAN, "c-1",
                "ADUAN/2026/000009", NotificationKind.COMPLAINT_RECEIVED, null, LocalDate.of(2026, 11, 5), AT,
                false));
        assertThat(of(WORKS)).isEmpty();
    }

    @Test
    void a_disposition_goes_to_the_units_officers_only() {
        projection.on(new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, CALENDAR.workingDaysAfter(AT, 5))),
                null, OfficerId.of("petugas"), AT), 2, AT);
        projection.on(new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, CALENDAR.workingDaysAfter(AT, 5))),
                null, OfficerId.of("petugas"), AT), 2, AT);

        assertThat(of(WORKS)).extracting(Notification::kind).containsExactly(NotificationKind.COMPLAINT_DISPOSED);
        assertThat(of(TRANSPORT)).isEmpty();
    }

    @Test
    void a_missed_follow_up_goes_to_the_unit_and_the_supervisors_and_a_reopening_to_the_unit_and_the_desk() {
        projection.on(new FollowUpDeadlineMissed(ID, DPUTR, LocalDate.of(2026, 11, 9), AT), 4, AT);
        projection.on(new ComplaintReopened(ID, "Retak lagi", 1,
                List.of(new UnitFollowUp(DPUTR, CALENDAR.workingDaysAfter(AT, 5))), AT), 7, AT);

        assertThat(of(WORKS)).extracting(Notification::kind).containsExactlyInAnyOrder(
                NotificationKind.FOLLOW_UP_DEADLINE_MISSED, NotificationKind.COMPLAINT_REOPENED);
        assertThat(of(SUPERVISOR)).extracting(Notification::kind)
                .containsExactly(NotificationKind.FOLLOW_UP_DEADLINE_MISSED);
        assertThat(of(DESK)).extracting(Notification::kind).contains(NotificationKind.COMPLAINT_REOPENED);
    }

    @Test
    void an_assignment_goes_to_the_officer_named_only_and_an_escalation_to_the_atasan_and_supervisors() {
        Audience dewi = new Audience("dewi", List.of("PETUGAS_PPID"), null);
        Audience atasan = new Audience("atasan", List.of("ATASAN_PPID"), null);
        projection.on(new ComplaintAssigned(ID, OfficerId.of("dewi"), null, OfficerId.of("supervisor"), AT), 3, AT);
        projection.on(new ComplaintAssigned(ID, OfficerId.of("dewi"), null, OfficerId.of("supervisor"), AT), 3, AT);
        projection.on(new ComplaintEscalated(ID, "DPUTR diam", OfficerId.of("dewi"), AT), 4, AT);

        assertThat(of(dewi)).extracting(Notification::kind)
                .containsExactly(NotificationKind.CASE_ASSIGNED, NotificationKind.COMPLAINT_RECEIVED);
        assertThat(of(DESK)).extracting(Notification::kind).containsExactly(NotificationKind.COMPLAINT_RECEIVED);
        assertThat(of(atasan)).extracting(Notification::kind).containsExactly(NotificationKind.CASE_ESCALATED);
        assertThat(of(SUPERVISOR)).extracting(Notification::kind).containsExactly(NotificationKind.CASE_ESCALATED);
        assertThat(inbox.markRead("c-1:3", dewi)).isTrue();
        assertThat(inbox.markRead("c-1:3", DESK)).isFalse();
    }
}
