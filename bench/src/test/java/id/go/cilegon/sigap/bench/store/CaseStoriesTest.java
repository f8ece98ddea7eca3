package id.go.cilegon.sigap.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.command.complaint.Complaint;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.informationrequest.InformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The seeded store holds what Sigap itself could have written: each story is one aggregate's events, numbered from
 * 0 and stamped in order and never after now, and the real aggregates, rebuilt from them, stand where the story
 * says — an open case takes its next step, a closed one refuses to be decided again.
 */
class CaseStoriesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));
    private static final OfficerId OFFICER = OfficerId.of("petugas");
    private static final int STORIES = 300;

    private final AtomicLong numbers = new AtomicLong();
    private final CaseStories stories = new CaseStories(Corpus.load(), CALENDAR, NOW,
            NOW.minus(Duration.ofDays(690)), (register, year) -> numbers.incrementAndGet());

    @Test
    void every_story_is_one_aggregates_events_numbered_from_zero_in_time_order_and_none_in_the_future() {
        Random random = new Random(1);
        for (int i = 0; i < STORIES; i++) {
            CaseStories.Story story = stories.story(random, i, STORIES, i % 3 == 0);
            List<DomainEventMessage<?>> events = story.events();
            assertThat(events).extracting(DomainEventMessage::getAggregateIdentifier).containsOnly(
                    events.get(0).getAggregateIdentifier());
            assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
            assertThat(events).extracting(DomainEventMessage::getTimestamp).isSorted()
                    .allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(NOW));
            assertThat(events.get(0).getType()).isEqualTo(story.request() ? "InformationRequest" : "Complaint");
        }
    }

    @Test
    void an_open_request_takes_its_next_step_and_a_closed_one_refuses_a_second_notice() {
        Random random = new Random(2);
        int open = 0;
        int closed = 0;
        for (int i = 0; i < STORIES; i++) {
            boolean isOpen = i % 2 == 0;
            CaseStories.Story story = stories.story(random, i, STORIES, isOpen);
            if (!story.request()) {
                continue;
            }
            InformationRequestId id = InformationRequestId.of(story.events().get(0).getAggregateIdentifier());
            List<Object> payloads = payloads(story);
            Object last = payloads.get(payloads.size() - 1);
            assertThat(last instanceof InformationRequestClosed || last instanceof InformationRequestWithdrawn)
                    .as("a closed story ends closed, an open one does not").isEqualTo(!isOpen);
            if (!isOpen) {
                requestFixture().given(payloads).when(new SendWrittenNotice(id, grant(), OFFICER))
                        .expectException(RuleViolation.class);
                closed++;
            } else if (payloads.stream().anyMatch(WrittenNoticeSent.class::isInstance)) {
                requestFixture().given(payloads).when(new RecordDelivery(id, NOW.minusSeconds(60), DeliveryMethod.EMAIL,
                                PersonalData.of(DataSubjectId.newId(), new Recipient("Rina", "pemohon")), OFFICER))
                        .expectSuccessfulHandlerExecution();
                open++;
            } else {
                requestFixture().given(payloads).when(new SendWrittenNotice(id, grant(), OFFICER))
                        .expectSuccessfulHandlerExecution();
                open++;
            }
        }
        assertThat(open).isPositive();
        assertThat(closed).isPositive();
    }

    @Test
    void an_open_complaint_takes_its_next_step_and_a_closed_one_refuses_a_verdict() {
        Random random = new Random(3);
        int open = 0;
        int closed = 0;
        for (int i = 0; i < STORIES; i++) {
            boolean isOpen = i % 2 == 0;
            CaseStories.Story story = stories.story(random, i, STORIES, isOpen);
            if (story.request()) {
                continue;
            }
            ComplaintId id = ComplaintId.of(story.events().get(0).getAggregateIdentifier());
            List<Object> payloads = payloads(story);
            Object last = payloads.get(payloads.size() - 1);
            assertThat(last instanceof ComplaintClosed || last instanceof ComplaintRejected)
                    .as("a closed story ends closed, an open one does not").isEqualTo(!isOpen);
            Object next;
            if (!isOpen) {
                complaintFixture().given(payloads).when(new GiveVerdict(id, true, 5, null))
                        .expectException(RuleViolation.class);
                closed++;
                continue;
            } else if (last instanceof ComplaintAnswered) {
                next = new GiveVerdict(id, true, 5, null);
            } else if (last instanceof DispositionAccepted accepted) {
                next = new AnswerComplaint(id, accepted.unit(), "Sudah diperbaiki", OfficerId.of("pelaksana"));
            } else {
                assertThat(payloads).noneMatch(ComplaintVerified.class::isInstance);
                next = new VerifyComplaint(id, null, OFFICER);
            }
            complaintFixture().given(payloads).when(next).expectSuccessfulHandlerExecution();
            open++;
        }
        assertThat(open).isPositive();
        assertThat(closed).isPositive();
        assertThat(payloadsOfMany(VerdictGiven.class)).as("some closed on the citizen's verdict").isPositive();
    }

    private long payloadsOfMany(Class<?> type) {
        Random random = new Random(4);
        long found = 0;
        for (int i = 0; i < 50; i++) {
            found += payloads(stories.story(random, i, 50, false)).stream().filter(type::isInstance).count();
        }
        return found;
    }

    private static AggregateTestFixture<InformationRequest> requestFixture() {
        AggregateTestFixture<InformationRequest> fixture = new AggregateTestFixture<>(InformationRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(CALENDAR);
        return fixture;
    }

    private static AggregateTestFixture<Complaint> complaintFixture() {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(new ComplaintPolicy(3, 5, Map.of(), 10, 2));
        return fixture;
    }

    private static List<Object> payloads(CaseStories.Story story) {
        return story.events().stream().map(event -> (Object) event.getPayload()).toList();
    }

    private static WrittenNotice grant() {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SELURUHNYA, List.of(), null, "Salinan lengkap",
                List.of(), ObtainMethod.SALINAN_SOFTCOPY, "PDF", DeliveryMethod.EMAIL, new Cost(0, null),
                "pemberitahuan-v1");
    }
}
