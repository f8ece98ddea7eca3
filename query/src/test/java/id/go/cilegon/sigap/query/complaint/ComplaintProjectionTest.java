package id.go.cilegon.sigap.query.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintMerged;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.DispositionReturned;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.RequestBasis;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.ComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.DueKind;
import id.go.cilegon.sigap.query.complaint.api.FeedComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintTimeline;
import id.go.cilegon.sigap.query.complaint.api.FindSimilarComplaints;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintsReceived;
import id.go.cilegon.sigap.query.complaint.api.ListFeedComplaints;
import id.go.cilegon.sigap.query.complaint.api.ListOpenClocks;
import id.go.cilegon.sigap.query.complaint.api.ListPublicComplaints;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.query.shared.Batches;
import id.go.cilegon.sigap.query.shared.Batches.At;
import id.go.cilegon.sigap.query.shared.Handlers;
import id.go.cilegon.sigap.query.shared.CountingClient;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.ResultMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The complaint read models against mongo-java-server through the real driver, as in production. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintProjectionTest {

    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));
    private static final ComplaintId ID = ComplaintId.of("c-1");
    private static final Instant RECEIVED = Instant.parse("2026-11-02T03:00:00Z");
    private static final OfficerId DESK = OfficerId.of("petugas");
    private static final OfficerId WORKS = OfficerId.of("pelaksana-dputr");
    private static final UnitId DPUTR = UnitId.of("DPUTR");
    private static final UnitId DISHUB = UnitId.of("DISHUB");
    private static final Location CIWADUK = new Location("Cilegon", "Ciwaduk", null, null);

    private MongoServer server;
    private CountingClient client;
    private ComplaintProjection projection;
    private ComplaintQueries queries;
    private long sequence;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = new CountingClient(address);
        MongoDatabase database = client.client().getDatabase("complaint-test");
        projection = new ComplaintProjection(database);
        queries = new ComplaintQueries(database);
        sequence = 0;
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static ComplaintRegistered registered(ComplaintId id, int number, String subject, String description,
            boolean confidential, String trackingHash) {
        return new ComplaintRegistered(id, ComplaintNumber.of(2026, number), Channel.WEB, RECEIVED,
                PersonalData.of(DataSubjectId.of("s-" + id.value()), new Complainant("Ahmad Fauzi", null,
                        "081311112222", null, null)),
                confidential, subject, description, ComplaintCategory.INFRASTRUKTUR, CIWADUK, List.of(),
                trackingHash, null, CALENDAR.workingDaysAfter(RECEIVED, 3));
    }

    private static ComplaintRegistered registered() {
        return registered(ID, 1, "Jalan berlubang di depan SDN Ciwaduk", "Lubang besar, dua motor jatuh.", false,
                "hash-1");
    }

    private static Instant day(int day) {
        return Instant.parse("2026-11-%02dT03:00:00Z".formatted(day));
    }

    private static Deadline fiveDaysFrom(Instant at) {
        return CALENDAR.workingDaysAfter(at, 5);
    }

    /** Delivers the events in order, as the tracking processor does, with rising sequence numbers. */
    private void deliver(Object... events) {
        for (Object event : events) {
            deliverAt(event, sequence++);
        }
    }

    /** Calls the projection's handler for the event's type, as Axon does. */
    private void deliverAt(Object event, long at) {
        Handlers.on(projection, event, at);
    }

    /** The events numbered as {@link #deliver} numbers them; an erasure or a {@code Runnable} as they are. */
    private List<Object> numbered(Object... events) {
        List<Object> numbered = new ArrayList<>();
        for (Object event : events) {
            numbered.add(event instanceof Runnable || event instanceof DataSubjectsErased ? event
                    : new At(event, sequence++));
        }
        return numbered;
    }

    /**
     * Delivers the events as one batch of the processor; a {@code Runnable} among them runs meanwhile, as on another
     * segment (outside this batch's unit of work, which is bound to this thread).
     */
    private ResultMessage<?> deliverInOneBatch(List<Object> events) {
        return Batches.handle(events, item -> {
            if (item instanceof At at) {
                deliverAt(at.event(), at.sequence());
            } else if (item instanceof DataSubjectsErased erased) {
                projection.on(erased);
            } else {
                CompletableFuture.runAsync((Runnable) item).join();
            }
        });
    }

    private DataSubjectsErased complainantErased() {
        return new DataSubjectsErased(DataSubjectRequestId.of("pdp-1"), List.of(
                new PersonInCase(DataSubjectId.of("s-" + ID.value()), PersonInCase.CaseKind.PENGADUAN, ID.value(),
                        "ADUAN/2026/000001", PersonInCase.Role.PENGADU)),
                RequestBasis.PERMINTAAN_SUBJEK, "Surat 1", null, DESK, day(4));
    }

    private ComplaintFile file() {
        return queries.handle(new FindComplaint(ID)).orElseThrow();
    }

    @Test
    void a_complaint_is_followed_from_receipt_to_the_satisfied_verdict() {
        deliver(registered(), new ComplainantAsked(ID, "Di sisi mana?", DESK, day(3)));
        assertThat(file().status()).isEqualTo(ComplaintStatus.DITUNDA);
        assertThat(file().pendingQuestion().question()).isEqualTo("Di sisi mana?");

        deliver(new ComplainantAnswered(ID, "Sisi utara", null, day(4), CALENDAR.extend(
                        CALENDAR.workingDaysAfter(RECEIVED, 3), 1)),
                new ComplaintVerified(ID, null, DESK, day(4), false),
                new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(4))),
                        new UnitFollowUp(DISHUB, fiveDaysFrom(day(4)))), "Mohon ditinjau", DESK, day(4)),
                new DispositionReturned(ID, DISHUB, "Bukan ruas kami", OfficerId.of("dishub"), day(5)));
        assertThat(file().status()).isEqualTo(ComplaintStatus.DIDISPOSISI);
        assertThat(file().activeUnits()).containsExactly(DPUTR);
        assertThat(file().verificationDeadline().dueDate()).isEqualTo(LocalDate.of(2026, 11, 6));

        deliver(new DispositionAccepted(ID, DPUTR, WORKS, day(5)),
                new ProgressRecorded(ID, DPUTR, "Ditinjau besok", WORKS, day(5)),
                new ComplaintAnswered(ID, DPUTR, "Sudah ditambal", WORKS, day(6), CALENDAR.workingDaysAfter(day(6), 10)),
                new VerdictGiven(ID, false, 2, "Retak lagi", day(9)),
                new ComplaintReopened(ID, "Retak lagi", 1, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(9)))),
                        day(9)));
        ComplaintFile reopened = file();
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.DITINDAKLANJUTI);
        assertThat(reopened.reopenings()).isEqualTo(1);
        assertThat(reopened.feedbackDeadline()).isNull();
        ComplaintFile.Disposition works = reopened.dispositions().stream()
                .filter(disposition -> disposition.unit().equals(DPUTR)).findFirst().orElseThrow();
        assertThat(works.followedUp()).as("the new deadline is not met yet").isFalse();
        assertThat(works.followUpDeadline()).isEqualTo(fiveDaysFrom(day(9)));

        deliver(new ComplaintAnswered(ID, DPUTR, "Ditambal ulang", WORKS, day(10),
                        CALENDAR.workingDaysAfter(day(10), 10)),
                new VerdictGiven(ID, true, 5, null, day(11)), new ComplaintClosed(ID, false, day(11)));
        ComplaintFile closed = file();
        assertThat(closed.status()).isEqualTo(ComplaintStatus.SELESAI);
        assertThat(closed.answer().text()).isEqualTo("Ditambal ulang");
        assertThat(closed.verdicts()).extracting(ComplaintFile.Verdict::rating).containsExactly(2, 5);
        assertThat(closed.complainant().name()).isEqualTo("Ahmad Fauzi");

        assertThat(queries.handle(new ListComplaintsReceived(day(1), day(3))))
                .as("the yearly report reads only the fields it counts, and reads them as the file has them")
                .containsExactly(new ReportedComplaint("c-1", "ADUAN/2026/000001", ComplaintCategory.INFRASTRUKTUR,
                        ComplaintStatus.SELESAI, false, RECEIVED, closed.verificationDeadline().dueDate(),
                        closed.verifiedAt(), false, List.of(2, 5), 1, List.of("DPUTR", "DISHUB"), day(10)));
        assertThat(queries.handle(new ListComplaintsReceived(day(3), day(30)))).isEmpty();
    }

    @Test
    void the_same_event_twice_changes_nothing() {
        deliver(registered(), new ComplaintVerified(ID, null, DESK, day(3), false));
        ComplaintDisposed disposed = new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(3)))),
                null, DESK, day(3));
        deliverAt(disposed, 2);
        deliverAt(disposed, 2);
        deliverAt(registered(), 0);
        sequence = 3;

        assertThat(file().dispositions()).hasSize(1);
        assertThat(file().lastSequence()).isEqualTo(2);
        assertThat(queries.handle(new FindComplaintTimeline(ID, false))).hasSize(3);
    }

    @Test
    void an_erased_complainant_leaves_the_complaint_and_a_later_event_does_not_bring_them_back() {
        deliver(registered());
        DataSubjectsErased erased = new DataSubjectsErased(DataSubjectRequestId.of("pdp-1"), List.of(
                new PersonInCase(DataSubjectId.of("s-" + ID.value()), PersonInCase.CaseKind.PENGADUAN, ID.value(),
                        "ADUAN/2026/000001", PersonInCase.Role.PENGADU)),
                RequestBasis.PERMINTAAN_SUBJEK, "Surat 1", null, DESK, day(4));

        projection.on(erased);
        projection.on(erased);
        deliver(new ComplaintVerified(ID, null, DESK, day(5), false));

        assertThat(file().complainant()).isNull();
        assertThat(file().anonymous()).isFalse();
        assertThat(file().status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
        assertThat(file().subject()).isEqualTo("Jalan berlubang di depan SDN Ciwaduk");
    }

    @Test
    void a_batch_follows_a_complaint_as_its_events_one_by_one_do_reading_and_writing_its_file_once() {
        client.forget();

        ResultMessage<?> batch = deliverInOneBatch(numbered(registered(),
                new ComplainantAsked(ID, "Di sisi mana?", DESK, day(3)),
                new ComplainantAnswered(ID, "Sisi utara", null, day(4), CALENDAR.extend(
                        CALENDAR.workingDaysAfter(RECEIVED, 3), 1)),
                new ComplaintVerified(ID, null, DESK, day(4), false),
                new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(4)))), "Mohon ditinjau",
                        DESK, day(4))));
        long filesRead = client.sent("find", "complaints");
        long filesWritten = client.sent("update", "complaints");
        long entriesWritten = client.sent("update", "complaint_timeline");
        long workWritten = client.sent("update", "open_complaints");

        assertThat(batch.isExceptional()).isFalse();
        assertThat(file().status()).isEqualTo(ComplaintStatus.DIDISPOSISI);
        assertThat(file().lastSequence()).isEqualTo(4);
        assertThat(file().pendingQuestion()).isNull();
        assertThat(queries.handle(new FindComplaintTimeline(ID, false))).hasSize(5);
        assertThat(List.of(filesRead, filesWritten, entriesWritten, workWritten)).containsExactly(1L, 1L, 1L, 1L);
    }

    @Test
    void a_batch_reads_the_files_of_all_its_complaints_in_one_round_trip() {
        ComplaintId second = ComplaintId.of("c-2");
        deliverAt(registered(), 0);
        deliverAt(registered(second, 2, "Lampu jalan mati", "Gelap sejak Senin.", false, "hash-2"), 0);
        List<Object> verified = new ArrayList<>();
        verified.add(new At(new ComplaintVerified(ID, null, DESK, day(5), false), 1));
        verified.add(new At(new ComplaintVerified(second, null, DESK, day(5), false), 1));
        client.forget();

        assertThat(deliverInOneBatch(verified).isExceptional()).isFalse();

        assertThat(client.sent("find", "complaints")).isEqualTo(1);
        assertThat(queries.handle(new FindComplaint(second)).orElseThrow().status())
                .isEqualTo(ComplaintStatus.TERVERIFIKASI);
        assertThat(file().status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
    }

    @Test
    void an_erasure_in_a_batch_is_kept_by_the_batch_s_later_events() {
        ResultMessage<?> batch = deliverInOneBatch(numbered(registered(), complainantErased(),
                new ComplaintVerified(ID, null, DESK, day(5), false)));

        assertThat(batch.isExceptional()).isFalse();
        assertThat(file().complainant()).isNull();
        assertThat(file().status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
    }

    @Test
    void a_complaint_erased_on_another_segment_meanwhile_fails_the_batch_and_its_redelivery_keeps_the_erasure() {
        deliver(registered());
        ComplaintProjection otherSegment = new ComplaintProjection(client.client().getDatabase("complaint-test"));
        List<Object> verified = numbered(new ComplaintVerified(ID, null, DESK, day(5), false));
        List<Object> raced = new ArrayList<>(verified);
        raced.add((Runnable) () -> otherSegment.on(complainantErased()));

        assertThat(deliverInOneBatch(raced).isExceptional()).isTrue();
        assertThat(file().status()).as("nothing of the batch").isEqualTo(ComplaintStatus.DITERIMA);
        assertThat(deliverInOneBatch(verified).isExceptional()).as("delivered again").isFalse();

        assertThat(file().complainant()).isNull();
        assertThat(file().status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
    }

    @Test
    void the_complainant_does_not_see_internal_routing_breaches_or_instructions() {
        deliver(registered(), new ComplaintVerified(ID, null, DESK, day(3), false),
                new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(3))),
                        new UnitFollowUp(DISHUB, fiveDaysFrom(day(3)))), "Prioritaskan", DESK, day(3)),
                new DispositionReturned(ID, DISHUB, "Bukan ruas kami", OfficerId.of("dishub"), day(4)),
                new FollowUpDeadlineMissed(ID, DPUTR, LocalDate.of(2026, 11, 10), day(11)));

        List<TimelineEntry> officers = queries.handle(new FindComplaintTimeline(ID, false));
        List<TimelineEntry> complainant = queries.handle(new FindComplaintTimeline(ID, true));

        assertThat(officers).extracting(TimelineEntry::event).containsExactly("ComplaintRegistered",
                "ComplaintVerified", "ComplaintDisposed", "DispositionReturned", "FollowUpDeadlineMissed");
        assertThat(officers.get(2).details()).containsEntry("units", "DPUTR,DISHUB")
                .containsEntry("instruction", "Prioritaskan").containsEntry("dueDate", "2026-11-10");
        assertThat(complainant).extracting(TimelineEntry::event).containsExactly("ComplaintRegistered",
                "ComplaintVerified", "ComplaintDisposed");
        assertThat(complainant.get(2).details()).doesNotContainKey("instruction");
        assertThat(officers.get(0).details()).containsEntry("number", "ADUAN/2026/000001");
        assertThat(file().dispositions().get(0).deadlineMissed()).isTrue();
    }

    @Test
    void a_unit_queue_holds_only_what_the_unit_has_now() {
        deliver(registered(), new ComplaintVerified(ID, null, DESK, day(3), false),
                new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(3))),
                        new UnitFollowUp(DISHUB, fiveDaysFrom(day(3)))), null, DESK, day(3)),
                new DispositionReturned(ID, DISHUB, "Bukan ruas kami", OfficerId.of("dishub"), day(4)));
        ComplaintId other = ComplaintId.of("c-2");
        projection.on(registered(other, 2, "Lampu mati", "Lampu jalan mati", false, "hash-2"), 0);

        assertThat(queries.handle(new ListComplaintQueue(Set.of(), null, DPUTR, 0, 0)).items())
                .extracting(QueueItem::complaintId)
                .containsExactly("c-1");
        assertThat(queries.handle(new ListComplaintQueue(Set.of(), null, DISHUB, 0, 0)).items()).isEmpty();
        List<QueueItem> desk = queries.handle(new ListComplaintQueue(EnumSet.of(ComplaintStatus.DITERIMA), null, null, 0, 0))
                .items();
        assertThat(desk).extracting(QueueItem::complaintId).containsExactly("c-2");
        assertThat(desk.get(0).nextDueKind()).isEqualTo(DueKind.VERIFIKASI);
        QueueItem works = queries.handle(new ListComplaintQueue(Set.of(), null, DPUTR, 0, 0)).items().get(0);
        assertThat(works.nextDue()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(works.nextDueKind()).isEqualTo(DueKind.TINDAK_LANJUT);
        assertThat(works.units()).containsExactly(DPUTR);
    }

    @Test
    void the_queue_is_read_a_page_at_a_time_nearest_due_first_paused_last_and_closed_ones_gone() {
        ComplaintId later = ComplaintId.of("c-2");
        ComplaintId paused = ComplaintId.of("c-3");
        ComplaintId closed = ComplaintId.of("c-4");
        deliver(registered(), registered(later, 2, "Lampu mati", "Lampu jalan mati", false, "hash-2"),
                registered(paused, 3, "Sampah", "Sampah menumpuk", false, "hash-3"),
                registered(closed, 4, "Got", "Got mampet", false, "hash-4"),
                new ComplaintVerified(later, null, DESK, day(3), false),
                new ComplaintDisposed(later, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(3)))), null, DESK,
                        day(3)),
                new ComplainantAsked(paused, "Di mana?", DESK, day(3)),
                new ComplaintClosed(closed, false, day(3)));

        ComplaintQueue first = queries.handle(new ListComplaintQueue(Set.of(), null, null, 0, 2));
        ComplaintQueue second = queries.handle(new ListComplaintQueue(Set.of(), null, null, 2, 2));

        assertThat(first.items()).extracting(QueueItem::complaintId).containsExactly("c-1", "c-2");
        assertThat(second.items()).extracting(QueueItem::complaintId).containsExactly("c-3");
        assertThat(queries.handle(ListComplaintQueue.everything()).items()).as("the whole queue, in the same order")
                .extracting(QueueItem::complaintId).containsExactly("c-1", "c-2", "c-3");
        assertThat(second.items().get(0).nextDue()).isNull();
        assertThat(List.of(first.total(), second.total())).containsOnly(3L);
        assertThat(queries.handle(new ListComplaintQueue(Set.of(), "ADUAN/2026/000002", null, 0, 2)).items())
                .extracting(QueueItem::complaintId).containsExactly("c-2");
    }

    @Test
    void a_tracking_code_finds_its_complaint_through_a_unique_index_also_on_a_store_made_before_it_was_unique() {
        MongoDatabase database = client.client().getDatabase("complaint-test");
        MongoDatabase older = client.client().getDatabase("complaint-test-older");
        older.getCollection(ComplaintProjection.COMPLAINTS).createIndex(Indexes.ascending("trackingCodeHash"));

        new ComplaintProjection(older);
        deliver(registered());

        for (MongoDatabase store : List.of(database, older)) {
            assertThat(store.getCollection(ComplaintProjection.COMPLAINTS).listIndexes().into(new ArrayList<>()))
                    .anySatisfy(index -> assertThat(index).containsEntry("key", new Document("trackingCodeHash", 1))
                            .containsEntry("unique", true));
        }
        assertThat(queries.handle(new FindComplaintByTrackingCode("hash-1"))).map(ComplaintFile::number)
                .contains("ADUAN/2026/000001");
    }

    @Test
    void an_event_delivered_again_after_a_crash_between_the_file_and_the_open_work_brings_the_open_work_back() {
        MongoDatabase database = client.client().getDatabase("complaint-test");
        ComplaintVerified verified = new ComplaintVerified(ID, null, DESK, day(3), false);
        deliver(registered());
        database.getCollection(ComplaintProjection.OPEN).drop();
        deliverAt(registered(), 0);
        assertThat(queries.handle(ListComplaintQueue.everything()).items()).extracting(QueueItem::status)
                .containsExactly(ComplaintStatus.DITERIMA);

        deliverAt(verified, 1);
        database.getCollection(ComplaintProjection.OPEN).drop();
        deliverAt(verified, 1);

        assertThat(queries.handle(ListComplaintQueue.everything()).items()).extracting(QueueItem::status)
                .containsExactly(ComplaintStatus.TERVERIFIKASI);
    }

    @Test
    void a_store_written_before_the_open_work_had_its_own_collection_gets_it_at_start() {
        deliver(registered(), registered(ComplaintId.of("c-2"), 2, "Lampu mati", "Lampu jalan mati", false,
                "hash-2"), new ComplaintClosed(ComplaintId.of("c-2"), false, day(3)));
        MongoDatabase database = client.client().getDatabase("complaint-test");
        database.getCollection(ComplaintProjection.OPEN).drop();

        new ComplaintProjection(database);

        assertThat(queries.handle(ListComplaintQueue.everything()).items()).extracting(QueueItem::complaintId)
                .containsExactly("c-1");
        assertThat(queries.handle(new ListOpenClocks())).extracting(OpenClock::complaintId).containsExactly("c-1");
    }

    @Test
    void open_clocks_leave_out_what_was_met_paused_or_already_recorded() {
        deliver(registered());
        assertThat(queries.handle(new ListOpenClocks())).extracting(OpenClock::kind).containsExactly(DueKind.VERIFIKASI);

        deliver(new VerificationDeadlineMissed(ID, LocalDate.of(2026, 11, 5), day(6)));
        assertThat(queries.handle(new ListOpenClocks())).isEmpty();

        deliver(new ComplaintVerified(ID, null, DESK, day(6), true),
                new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(6))),
                        new UnitFollowUp(DISHUB, fiveDaysFrom(day(6)))), null, DESK, day(6)),
                new DispositionAccepted(ID, DPUTR, WORKS, day(9)),
                new ProgressRecorded(ID, DPUTR, "Ditinjau", WORKS, day(9)));
        assertThat(queries.handle(new ListOpenClocks())).extracting(OpenClock::unit).containsExactly(DISHUB);

        deliver(new ComplaintAnswered(ID, DPUTR, "Beres", WORKS, day(10), CALENDAR.workingDaysAfter(day(10), 10)));
        assertThat(queries.handle(new ListOpenClocks())).extracting(OpenClock::kind)
                .containsExactly(DueKind.UMPAN_BALIK);
    }

    @Test
    void the_public_list_leaves_out_rahasia_rejected_and_merged_complaints_and_all_personal_data() {
        deliver(registered());
        projection.on(registered(ComplaintId.of("c-2"), 2, "Pungli parkir", "Ada pungutan liar", true, "h2"), 0);
        projection.on(registered(ComplaintId.of("c-3"), 3, "Bukan pengaduan", "Halo", false, "h3"), 0);
        projection.on(new ComplaintRejected(ComplaintId.of("c-3"), RejectionReason.BUKAN_PENGADUAN, "Tidak jelas",
                null, DESK, day(3)), 1);
        projection.on(registered(ComplaintId.of("c-4"), 4, "Lubang jalan Ciwaduk", "Sama", false, "h4"), 0);
        projection.on(new ComplaintMerged(ComplaintId.of("c-4"), ID, ComplaintNumber.of(2026, 1), DESK, day(3)), 1);

        var shown = queries.handle(new ListPublicComplaints(null, null, 0, 20));

        assertThat(shown).extracting(complaint -> complaint.number()).containsExactly("ADUAN/2026/000001");
        assertThat(shown.toString()).doesNotContain("Ahmad Fauzi").doesNotContain("081311112222");
        assertThat(queries.handle(new ListPublicComplaints(ComplaintCategory.KESEHATAN, null, 0, 20))).isEmpty();
        assertThat(queries.handle(new ListPublicComplaints(null, "Ciwandan", 0, 20))).isEmpty();
    }

    @Test
    void a_merged_duplicate_is_found_by_its_own_code_and_names_the_original() {
        deliver(registered());
        ComplaintId duplicate = ComplaintId.of("c-2");
        projection.on(registered(duplicate, 2, "Lubang jalan depan sekolah SDN Ciwaduk",
                "Jalan di depan sekolah berlubang besar", false, "hash-dup"), 0);
        projection.on(new ComplaintMerged(duplicate, ID, ComplaintNumber.of(2026, 1), DESK, day(3)), 1);

        ComplaintFile found = queries.handle(new FindComplaintByTrackingCode("hash-dup")).orElseThrow();

        assertThat(found.status()).isEqualTo(ComplaintStatus.DIGABUNG);
        assertThat(found.mergedInto()).isEqualTo(new ComplaintFile.CaseLink("c-1", "ADUAN/2026/000001"));
    }

    @Test
    void similar_open_complaints_of_the_same_kelurahan_and_category_are_candidates() {
        deliver(registered());
        projection.on(registered(ComplaintId.of("c-2"), 2, "Lubang jalan di depan sekolah SDN Ciwaduk",
                "Jalanan depan sekolah berlubang besar, motor jatuh", false, "h2"), 0);
        projection.on(registered(ComplaintId.of("c-3"), 3, "Lampu penerangan jalan mati",
                "Sudah dua minggu lampu mati di gang", false, "h3"), 0);

        var candidates = queries.handle(new FindSimilarComplaints(ComplaintId.of("c-2")));

        assertThat(candidates).extracting(candidate -> candidate.complaintId()).containsExactly("c-1");
        assertThat(candidates.get(0).similarity()).isGreaterThanOrEqualTo(ComplaintSimilarity.THRESHOLD);
    }

    @Test
    void the_open_data_feed_filters_by_number_category_and_open_or_closed_and_never_shows_a_rahasia_complaint() {
        deliver(registered(), new ComplaintVerified(ID, null, DESK, day(3), false),
                new ComplaintDisposed(ID, List.of(new UnitFollowUp(DPUTR, fiveDaysFrom(day(3)))), null, DESK, day(3)));
        projection.on(registered(ComplaintId.of("c-2"), 2, "Pungli parkir", "Pungutan liar", true, "h2"), 0);
        projection.on(registered(ComplaintId.of("c-3"), 3, "Tidak jelas", "Halo", false, "h3"), 0);
        projection.on(new ComplaintRejected(ComplaintId.of("c-3"), RejectionReason.BUKAN_PENGADUAN, "Tidak jelas",
                null, DESK, day(4)), 1);

        List<FeedComplaint> all = queries.handle(new ListFeedComplaints(List.of(), null, null, null, null, 100));
        List<FeedComplaint> open = queries.handle(new ListFeedComplaints(null, null, null, null, true, 100));
        List<FeedComplaint> closed = queries.handle(new ListFeedComplaints(null, null, null, null, false, 100));
        List<FeedComplaint> one = queries.handle(new ListFeedComplaints(List.of("ADUAN/2026/000001"), null, null,
                null, null, 100));

        assertThat(all).extracting(FeedComplaint::number).containsExactlyInAnyOrder("ADUAN/2026/000001",
                "ADUAN/2026/000003");
        assertThat(open).extracting(FeedComplaint::number).containsExactly("ADUAN/2026/000001");
        assertThat(closed).extracting(FeedComplaint::number).containsExactly("ADUAN/2026/000003");
        FeedComplaint disposed = one.get(0);
        assertThat(disposed.units()).containsExactly(DPUTR);
        assertThat(disposed.updatedAt()).isEqualTo(day(3));
        assertThat(disposed.expectedBy()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(all.toString()).doesNotContain("Ahmad Fauzi").doesNotContain("081311112222");
        assertThat(queries.handle(new ListFeedComplaints(null, ComplaintCategory.KESEHATAN, null, null, null, 100)))
                .isEmpty();
        assertThat(queries.handle(new ListFeedComplaints(null, null, day(5), null, null, 100))).isEmpty();
    }
}
