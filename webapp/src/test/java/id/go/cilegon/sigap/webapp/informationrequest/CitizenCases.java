package id.go.cilegon.sigap.webapp.informationrequest;

import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Cases at the stages the citizen acts in: registered through the public API, moved on as an officer would. */
final class CitizenCases {

    static final OfficerId OFFICER = OfficerId.of("petugas-uji");
    static final String QUESTION = "Sebutkan jenjang sekolah yang Anda maksud: SD, SMP, atau keduanya?";

    private final WebTestClient client;
    private final CommandGateway commands;
    private final QueryGateway queries;

    CitizenCases(WebTestClient client, CommandGateway commands, QueryGateway queries) {
        this.client = client;
        this.commands = commands;
        this.queries = queries;
    }

    /** A tracking code (without dashes) and the request it opens, once the status read model has it. */
    record Case(String code, InformationRequestId requestId) {

        String statusPage() {
            return "/status/" + code;
        }

        String statusApi() {
            return "/api/v1/status-permohonan/" + code;
        }
    }

    Case registered() {
        Map<?, ?> receipt = client.post().uri("/api/v1/permohonan-informasi").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(InformationRequestApiTest.validRequest())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        TrackingCode code = TrackingCode.parse((String) receipt.get("kodePelacakan")).orElseThrow();
        RequestStatus status = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                        new FindRequestStatus(code.hash()), ResponseTypes.optionalInstanceOf(RequestStatus.class))
                .get(), Optional::isPresent).orElseThrow();
        return new Case(code.value(), InformationRequestId.of(status.requestId()));
    }

    Case askedToComplete() {
        Case registered = registered();
        commands.sendAndWait(new RequestClarification(registered.requestId(), QUESTION, OFFICER));
        return registered;
    }

    Case refusedAsExempt() {
        Case registered = registered();
        commands.sendAndWait(new SendWrittenNotice(registered.requestId(), refusal(), OFFICER));
        return registered;
    }

    /** A refusal under Pasal 17 huruf h with a complete consequence test, as the command fixtures send it. */
    static WrittenNotice refusal() {
        return new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("SK Wali Kota 400.3/2026 lampiran II"),
                        "UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4",
                        "Membuka alamat dan penghasilan orang tua penerima merugikan privasi mereka melebihi "
                                + "manfaatnya bagi publik", Period.ofYears(5)),
                null, List.of(), null, null, null, null, "pemberitahuan-tertulis/v1");
    }
}
