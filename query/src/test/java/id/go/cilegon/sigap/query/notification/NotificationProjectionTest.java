package id.go.cilegon.sigap.query.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CountUnreadNotifications;
import id.go.cilegon.sigap.query.notification.api.ListNotifications;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import id.go.cilegon.sigap.query.shared.Batches;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.ResultMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationProjectionTest {

    private static final InformationRequestId REQUEST = InformationRequestId.of("req-1");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 7);
    private static final Instant AT = Instant.parse("2026-04-08T01:00:00Z");

    private static final Audience PETUGAS = new Audience("petugas", List.of("PETUGAS_PPID"), null);
    private static final Audience OTHER_PETUGAS = new Audience("petugas-2", List.of("PETUGAS_PPID"), null);
    private static final Audience SUPERVISOR = new Audience("supervisor", List.of("SUPERVISOR"), null);
    private static final Audience ATASAN = new Audience("atasan", List.of("ATASAN_PPID"), null);
    private static final Audience PELAKSANA_DINKES = new Audience("dinkes", List.of("PPID_PELAKSANA"), "DINKES");
    private static final Audience PELAKSANA_DISDIK = new Audience("disdik", List.of("PPID_PELAKSANA"), "DISDIK");

    private MongoServer server;
    private MongoClient client;
    private NotificationProjection projection;
    private NotificationInbox inbox;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("notification-test");
        projection = new NotificationProjection(database);
        inbox = new NotificationInbox(database);
        projection.on(registered());
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static InformationRequestRegistered registered() {
        return registered(REQUEST, RegistrationNumber.of(2026, 7));
    }

    private static InformationRequestRegistered registered(InformationRequestId request, RegistrationNumber number) {
        Instant received = Instant.parse("2026-03-16T03:00:00Z");
        Deadline deadline = new Deadline(received, LocalDateTime.of(2026, 3, 16, 10, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 3, 16), 10, DUE, List.of(), List.of(), List.of());
        return new InformationRequestRegistered(request, number, Channel.WEB, received,
                PersonalData.erased(DataSubjectId.of("subject")), "Informasi", "Tujuan",
                ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, "hash", deadline, null);
    }

    private List<Notification> of(Audience audience) {
        return inbox.handle(new ListNotifications(audience));
    }

    private long unread(Audience audience) {
        return inbox.handle(new CountUnreadNotifications(audience));
    }

    @Test
    void a_missed_notice_deadline_goes_to_the_ppid_staff_and_the_supervisors_only() {
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, AT), 3, AT);

        assertThat(of(PETUGAS)).containsExactly(new Notification("req-1:3", CaseType.PERMOHONAN, "req-1", "PPID/2026/000007",
                NotificationKind.NOTICE_DEADLINE_MISSED, null, DUE, AT, false));
        assertThat(of(SUPERVISOR)).hasSize(1);
        assertThat(of(ATASAN)).isEmpty();
        assertThat(of(PELAKSANA_DINKES)).isEmpty();
    }

    @Test
    void in_a_batch_a_notification_shows_the_number_its_registration_remembered_and_appears_when_the_batch_ends() {
        InformationRequestId second = InformationRequestId.of("req-2");
        List<Integer> seenMeanwhile = new ArrayList<>();

        ResultMessage<?> batch = Batches.handle(List.of(registered(second, RegistrationNumber.of(2026, 8)), "missed"),
                event -> {
                    if (event instanceof InformationRequestRegistered registration) {
                        projection.on(registration);
                    } else {
                        projection.on(new NoticeDeadlineMissed(second, DUE, AT), 3, AT);
                        seenMeanwhile.add(of(PETUGAS).size());
                    }
                });

        assertThat(batch.isExceptional()).isFalse();
        assertThat(seenMeanwhile).containsExactly(0);
        assertThat(of(PETUGAS)).extracting(Notification::caseId, Notification::registrationNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("req-2", "PPID/2026/000008"));
    }

    @Test
    void a_keberatan_goes_to_the_atasan_and_the_supervisors() {
        Deadline answer = new Deadline(AT, LocalDateTime.of(2026, 4, 8, 8, 0), Deadline.ReceiptShift.NONE,
                LocalDate.of(2026, 4, 8), 30, LocalDate.of(2026, 5, 25), List.of(), List.of(), List.of());
        projection.on(new ObjectionFiled(REQUEST, ObjectionNumber.of(2026, 2), ObjectionGround.C_TIDAK_DITANGGAPI,
                "Tidak ditanggapi", null, Channel.WEB, null, AT, DUE, answer), 4, AT);

        assertThat(of(ATASAN)).extracting(Notification::kind, Notification::reference, Notification::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.OBJECTION_FILED,
                        "KEBERATAN/2026/000002", LocalDate.of(2026, 5, 25)));
        assertThat(of(SUPERVISOR)).hasSize(1);
        assertThat(of(PETUGAS)).isEmpty();
    }

    @Test
    void a_forwarded_request_goes_to_the_pelaksana_of_that_unit_only_and_its_answer_back_to_the_staff() {
        projection.on(new InformationRequestForwarded(REQUEST, UnitId.of("DINKES"), "Mohon data", new OfficerId("p"),
                AT), 1, AT);
        projection.on(new UnitInputRecorded(REQUEST, UnitId.of("DINKES"), "Data terlampir", new OfficerId("dinkes"),
                AT.plusSeconds(60)), 2, AT.plusSeconds(60));

        assertThat(of(PELAKSANA_DINKES)).extracting(Notification::kind)
                .containsExactly(NotificationKind.REQUEST_FORWARDED);
        assertThat(of(PELAKSANA_DISDIK)).isEmpty();
        assertThat(of(PETUGAS)).extracting(Notification::kind, Notification::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.UNIT_INPUT_RECORDED, "DINKES"));
        assertThat(of(SUPERVISOR)).isEmpty();
    }

    @Test
    void the_newest_comes_first() {
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, AT), 3, AT);
        projection.on(new UnitInputRecorded(REQUEST, UnitId.of("DINKES"), "Data", new OfficerId("dinkes"),
                AT.plusSeconds(3600)), 4, AT.plusSeconds(3600));

        assertThat(of(PETUGAS)).extracting(Notification::key).containsExactly("req-1:4", "req-1:3");
    }

    @Test
    void the_same_event_twice_makes_one_notification_and_keeps_who_read_it() {
        NoticeDeadlineMissed event = new NoticeDeadlineMissed(REQUEST, DUE, AT);
        projection.on(event, 3, AT);
        inbox.markRead("req-1:3", PETUGAS);

        projection.on(event, 3, AT);

        assertThat(of(PETUGAS)).hasSize(1).allMatch(Notification::read);
        assertThat(of(SUPERVISOR)).hasSize(1);
    }

    @Test
    void read_is_per_officer() {
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, AT), 3, AT);

        assertThat(inbox.marks("petugas")).isZero();
        assertThat(inbox.markRead("req-1:3", PETUGAS)).isTrue();

        assertThat(inbox.marks("petugas")).as("the version of the officer's inbox moved").isEqualTo(1);
        assertThat(inbox.marks("petugas-2")).isZero();
        assertThat(of(PETUGAS)).allMatch(Notification::read);
        assertThat(unread(PETUGAS)).isZero();
        assertThat(of(OTHER_PETUGAS)).noneMatch(Notification::read);
        assertThat(unread(OTHER_PETUGAS)).isEqualTo(1);
        assertThat(unread(SUPERVISOR)).isEqualTo(1);
    }

    @Test
    void an_officer_cannot_mark_what_is_not_addressed_to_them() {
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, AT), 3, AT);

        assertThat(inbox.markRead("req-1:3", ATASAN)).isFalse();
        assertThat(inbox.marks("atasan")).isZero();
    }

    @Test
    void an_officer_with_two_roles_sees_an_event_for_both_once_and_reads_it_once() {
        Audience both = new Audience("kepala", List.of("PETUGAS_PPID", "SUPERVISOR"), null);
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, AT), 3, AT);

        assertThat(of(both)).hasSize(1);
        inbox.markRead("req-1:3", both);
        assertThat(unread(both)).isZero();
    }

    @Test
    void an_inbox_shows_the_newest_hundred_events_once_each_and_counts_the_unread_among_them() {
        Audience both = new Audience("kepala", List.of("PETUGAS_PPID", "SUPERVISOR"), null);
        for (int sequence = 1; sequence <= 130; sequence++) {
            Instant at = AT.plusSeconds(60L * sequence);
            projection.on(new NoticeDeadlineMissed(REQUEST, DUE, at), sequence, at);
        }

        assertThat(of(both)).extracting(Notification::key).as("newest first, each event once although two roles"
                        + " receive it").hasSize(NotificationInbox.SHOWN)
                .startsWith("req-1:130", "req-1:129").endsWith("req-1:31").doesNotHaveDuplicates();
        assertThat(unread(both)).isEqualTo(NotificationInbox.SHOWN);

        for (int sequence = 130; sequence > 90; sequence--) {
            inbox.markRead("req-1:" + sequence, both);
        }
        assertThat(unread(both)).as("the unread among the hundred shown: 90 to 31").isEqualTo(60);
        assertThat(of(both)).hasSize(NotificationInbox.SHOWN).first().matches(Notification::read);
    }

    @Test
    void an_event_delivered_again_keeps_its_one_place_among_the_hundred_shown() {
        for (int sequence = 1; sequence <= NotificationInbox.SHOWN; sequence++) {
            Instant at = AT.plusSeconds(60L * sequence);
            projection.on(new NoticeDeadlineMissed(REQUEST, DUE, at), sequence, at);
        }
        Instant newest = AT.plusSeconds(60L * NotificationInbox.SHOWN);
        for (int again = 0; again < 5; again++) {
            projection.on(new NoticeDeadlineMissed(REQUEST, DUE, newest), NotificationInbox.SHOWN, newest);
        }

        assertThat(of(PETUGAS)).extracting(Notification::key).hasSize(NotificationInbox.SHOWN)
                .startsWith("req-1:100").endsWith("req-1:1").doesNotHaveDuplicates();
        assertThat(unread(PETUGAS)).isEqualTo(NotificationInbox.SHOWN);
    }

    @Test
    void an_event_that_arrives_late_takes_its_place_by_time_and_an_older_one_than_all_shown_is_not_listed() {
        for (int sequence = 2; sequence <= NotificationInbox.SHOWN + 1; sequence++) {
            Instant at = AT.plusSeconds(60L * sequence);
            projection.on(new NoticeDeadlineMissed(REQUEST, DUE, at), sequence, at);
        }
        Instant between = AT.plusSeconds(60L * 50 + 30);
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, between), 500, between);
        projection.on(new NoticeDeadlineMissed(REQUEST, DUE, AT), 1, AT);

        List<String> keys = of(PETUGAS).stream().map(Notification::key).toList();
        assertThat(keys).hasSize(NotificationInbox.SHOWN).doesNotContain("req-1:1", "req-1:2")
                .containsSubsequence("req-1:51", "req-1:500", "req-1:50");
    }
}
