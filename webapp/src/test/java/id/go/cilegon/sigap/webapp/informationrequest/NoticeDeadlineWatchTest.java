package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeDeadlineWatchTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    NoticeDeadlineWatch watch;

    @Test
    void an_overdue_notice_is_recorded_as_a_breach_once_and_a_request_on_time_is_left_alone() {
        InformationRequestId overdue = register(Instant.now().minus(Duration.ofDays(40)));
        InformationRequestId onTime = register(Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> find(overdue).isPresent() && find(onTime).isPresent());

        assertThat(watch.reportMissedNotices()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> find(overdue).orElseThrow().noticeDeadlineMissed());
        assertThat(find(onTime).orElseThrow().noticeDeadlineMissed()).isFalse();
        assertThat(watch.reportMissedNotices()).as("a breach on record is not reported again").isZero();
    }

    private InformationRequestId register(Instant receivedAt) {
        InformationRequestId id = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(id, Channel.SURAT, receivedAt,
                PersonalData.of(DataSubjectId.newId(), new Requester("Budi Santoso", Requester.IdentityKind.NIK,
                        "3672011204790002", "Jl. Contoh 2", "081200000001", null, "Wiraswasta")),
                "Salinan SK pengangkatan ketua RT", "Arsip pribadi", ObtainMethod.SALINAN_HARDCOPY,
                DeliveryMethod.POS_KURIR, TrackingCode.generate().hash()));
        return id;
    }

    private Optional<OpenRequest> find(InformationRequestId id) {
        List<OpenRequest> open = queries.query(ListOpenRequests.everything(),
                ResponseTypes.instanceOf(RequestQueue.class)).join().requests();
        return open.stream().filter(request -> request.requestId().equals(id.value())).findFirst();
    }
}
