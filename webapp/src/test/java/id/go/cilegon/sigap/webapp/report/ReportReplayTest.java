package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
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
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.ComplaintProjection;
import id.go.cilegon.sigap.query.mediaissue.MediaIssueProjection;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statistics are a function of the events alone: the registers' and the complaints' read models are rebuilt
 * from the event store, twice, and the public figures come out the same each time.
 */
@SigapTest
class ReportReplayTest {

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    CommandGateway commands;

    @Test
    void replaying_the_events_twice_gives_the_same_statistics() {
        int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
        String earlier = statistics(year);
        commands.sendAndWait(new RegisterInformationRequest(InformationRequestId.newId(), Channel.WEB, Instant.now(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Ulang Uji", Requester.IdentityKind.NIK,
                        "3672010101900096", "Jl. Uji 4", "081200003333", null, "Guru")), "Data pajak daerah",
                "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, TrackingCode.generate().hash()));
        commands.sendAndWait(new RegisterComplaint(ComplaintId.newId(), Channel.WEB, Instant.now(), null, false,
                "Trotoar rusak", "Trotoar berlubang", ComplaintCategory.INFRASTRUKTUR,
                new Location("Cilegon", "Ketileng", null, null), List.of(), TrackingCode.generate().hash(), null));
        MediaIssueId issue = MediaIssueId.newId();
        commands.sendAndWait(new LogMediaIssue(issue, new MediaSource(MediaKind.RADIO, "Radio Krakatau", null,
                "Antrean BBM", null, Instant.now(), null), IssueOrigin.PETUGAS, null, OfficerId.of("media"),
                Instant.now()));
        commands.sendAndWait(new TriageMediaIssue(issue, "BBM", Sentiment.NEGATIF, IssueUrgency.TINGGI, null,
                List.of(), OfficerId.of("media")));
        String before = awaitStatistics(year, earlier);

        replay("information-request-registers");
        replay(ComplaintProjection.PROCESSING_GROUP);
        replay(MediaIssueProjection.PROCESSING_GROUP);
        String once = statistics(year);
        replay("information-request-registers");
        replay(ComplaintProjection.PROCESSING_GROUP);
        replay(MediaIssueProjection.PROCESSING_GROUP);
        String twice = statistics(year);

        assertThat(once).isEqualTo(before);
        assertThat(twice).isEqualTo(before);
    }

    /**
     * The figures once the new cases are counted: one request, one complaint and one media issue more than before
     * (the read models trail the commands by moments, and other tests' cases may already be in them).
     */
    private String awaitStatistics(int year, String earlier) {
        long requests = count(earlier, "permohonan.jumlah") + 1;
        long complaints = count(earlier, "pengaduan.jumlah") + 1;
        long urgent = count(earlier, "isu.urgensi.TINGGI") + 1;
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        String figures = statistics(year);
        while (count(figures, "permohonan.jumlah") < requests || count(figures, "pengaduan.jumlah") < complaints
                || count(figures, "isu.urgensi.TINGGI") < urgent) {
            assertThat(Instant.now()).isBefore(giveUp);
            figures = statistics(year);
        }
        return figures;
    }

    private static long count(String figures, String key) {
        Matcher value = Pattern.compile(
                "\"kunci\":\"" + Pattern.quote(key) + "\",\"uraian\":\"[^\"]+\",\"nilai\":\"(\\d+)\"").matcher(figures);
        assertThat(value.find()).as(key + " in " + figures).isTrue();
        return Long.parseLong(value.group(1));
    }

    private String statistics(int year) {
        return new Http(port).client().get().uri("/api/v1/statistik?tahun=" + year).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** Drops the read model, replays every event into it, and waits until it has caught up. */
    private void replay(String group) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!caughtUp(processor) && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
        }
        assertThat(processor.isRunning()).isTrue();
        assertThat(caughtUp(processor)).as(group + " caught up after its replay: " + processor.processingStatus())
                .isTrue();
    }

    private static boolean caughtUp(StreamingEventProcessor processor) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(EventTrackerStatus::isCaughtUp);
    }
}
