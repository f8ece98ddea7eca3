package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOverdueObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A keberatan is received when it is entered, so no command can file one whose 30 hari kerja are already over.
 * This test therefore writes the case's history into the event store as it would stand after weeks of silence,
 * counting every due date with the real calendar, and lets the watch run against the real clock.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ObjectionAnswerDeadlineWatchTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    QueryGateway queries;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    ObjectionAnswerDeadlineWatch watch;

    @Test
    void an_unanswered_keberatan_past_its_due_date_is_recorded_as_a_breach_once() {
        InformationRequestId overdue = caseWithObjectionReceived(Instant.now().minus(Duration.ofDays(70)));
        InformationRequestId onTime = caseWithObjectionReceived(Instant.now().minus(Duration.ofDays(1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> overdueIds().contains(overdue.value()));
        assertThat(overdueIds()).doesNotContain(onTime.value());

        assertThat(watch.reportMissedAnswers()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueIds().contains(overdue.value()));
        assertThat(answerDeadlineMissedEvents(overdue)).as("the breach is in the case file once").hasSize(1);
        assertThat(answerDeadlineMissedEvents(onTime)).isEmpty();
        assertThat(watch.reportMissedAnswers()).as("a breach on record is not reported again").isZero();
    }

    private List<String> overdueIds() {
        LocalDate today = LocalDate.now(calendar.zone());
        return queries.query(new ListOverdueObjections(today), ResponseTypes.multipleInstancesOf(OpenObjection.class))
                .join().stream().map(OpenObjection::requestId).toList();
    }

    private List<ObjectionAnswerDeadlineMissed> answerDeadlineMissedEvents(InformationRequestId id) {
        return StreamSupport.stream(eventStore.readEvents(id.value()).asStream().spliterator(), false)
                .map(message -> message.getPayload())
                .filter(ObjectionAnswerDeadlineMissed.class::isInstance)
                .map(ObjectionAnswerDeadlineMissed.class::cast)
                .toList();
    }

    /** Received 80 days before the keberatan, the notice never sent, the keberatan filed on ground (c). */
    private InformationRequestId caseWithObjectionReceived(Instant objectionReceived) {
        InformationRequestId id = InformationRequestId.newId();
        Instant requestReceived = objectionReceived.minus(Duration.ofDays(80));
        Deadline notice = calendar.workingDaysAfter(requestReceived, 10);
        int year = notice.effectiveReceiptDate().getYear();
        publish(id, 0, new InformationRequestRegistered(id,
                RegistrationNumber.of(year, ThreadLocalRandom.current().nextInt(900_000, 999_999)),
                Channel.SURAT, requestReceived,
                PersonalData.of(DataSubjectId.newId(), new Requester("Dewi Lestari", Requester.IdentityKind.NIK,
                        "3672016303850004", "Jl. Contoh 3", "081200000003", null, "Guru")),
                "Laporan keuangan kelurahan", "Pengawasan", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.generate().hash(), notice, null));
        publish(id, 1, new NoticeDeadlineMissed(id, notice.dueDate(), notice.dueDate().plusDays(1)
                .atStartOfDay(calendar.zone()).toInstant()));
        Deadline answer = calendar.workingDaysAfter(objectionReceived, 30);
        publish(id, 2, new ObjectionFiled(id,
                ObjectionNumber.of(year, ThreadLocalRandom.current().nextInt(900_000, 999_999)),
                ObjectionGround.C_TIDAK_DITANGGAPI, "Permohonan tidak ditanggapi", null, Channel.DATANG_LANGSUNG,
                new OfficerId("petugas"), objectionReceived, notice.dueDate(), answer));
        return id;
    }

    private void publish(InformationRequestId id, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("InformationRequest", id.value(), sequence, event));
    }
}
