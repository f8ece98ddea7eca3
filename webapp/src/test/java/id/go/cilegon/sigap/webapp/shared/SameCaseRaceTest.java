package id.go.cilegon.sigap.webapp.shared;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two officers, each in their own session, act on the same case at the same moment over real HTTP: both requests
 * wait at a barrier and leave together, round after round on fresh cases. Exactly one act is stored; the other
 * officer is refused with 409 — problem details naming the rule the act now breaks, in Bahasa Indonesia, or on the
 * page the case again with that rule at the top — and never a 5xx.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SameCaseRaceTest {

    private static final int ROUNDS = 8;
    private static final String PASSWORD = "rahasia-balapan-1";
    private static final String TOKEN_PAGE = "/petugas/notifikasi";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    MongoDatabase database;

    @Autowired
    FieldMessages messages;

    private final ExecutorService pair = Executors.newFixedThreadPool(2);
    private Http first;
    private Http second;

    @BeforeEach
    void logIn() {
        accounts.save("balapan-satu", "Petugas balapan satu", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("balapan-dua", "Petugas balapan dua", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        first = new Http(port);
        first.logIn("balapan-satu", PASSWORD);
        second = new Http(port);
        second.logIn("balapan-dua", PASSWORD);
    }

    @AfterEach
    void stop() {
        pair.shutdownNow();
    }

    @Test
    void two_officers_extending_one_request_at_once_one_extends_and_the_other_is_told_the_extension_is_used()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String request = registeredRequest();
            String path = "/api/v1/petugas/permohonan/" + request + "/perpanjang";
            Map<String, String> body = Map.of("alasan", "Data dihimpun dari 42 sekolah");

            List<EntityExchangeResult<String>> answers = atOnce(first.postJsonLater(TOKEN_PAGE, path, body),
                    second.postJsonLater(TOKEN_PAGE, path, body));

            assertThat(statuses(answers)).as("round " + round).containsExactly(200, 409);
            assertRefusedByRule(loser(answers), "information-request.extension-already-used");
            assertThat(stored(request, NoticeDeadlineExtended.class)).as("extensions stored").isEqualTo(1);
        }
    }

    @Test
    void one_officer_verifying_a_complaint_while_another_rejects_it_one_decides_and_the_other_is_refused()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String complaint = registeredComplaint();
            String api = "/api/v1/petugas/pengaduan/" + complaint + "/";

            List<EntityExchangeResult<String>> answers = atOnce(
                    first.postJsonLater(TOKEN_PAGE, api + "verifikasi", Map.of()),
                    second.postJsonLater(TOKEN_PAGE, api + "tolak", Map.of("alasanPenolakan", "BUKAN_PENGADUAN",
                            "penjelasan", "Ini pertanyaan umum, bukan pengaduan")));

            assertThat(statuses(answers)).as("round " + round).containsExactly(200, 409);
            JsonNode refusal = JSON.readTree(loser(answers).getResponseBody());
            assertThat(refusal.path("type").asString()).startsWith("urn:sigap:problem:rule:complaint.");
            assertRefusedByRule(loser(answers), refusal.path("type").asString()
                    .substring("urn:sigap:problem:rule:".length()));
            assertThat(stored(complaint, ComplaintVerified.class) + stored(complaint, ComplaintRejected.class))
                    .as("decisions stored").isEqualTo(1);
        }
    }

    @Test
    void two_officers_sending_the_extension_form_at_once_one_is_sent_back_to_the_case_and_the_other_sees_why_not()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String request = registeredRequest();
            String page = "/petugas/permohonan/" + request;
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("alasan", "Dokumen tersebar di tiga bidang");

            List<EntityExchangeResult<String>> answers = atOnce(first.submitLater(page, page + "/perpanjang", form),
                    second.submitLater(page, page + "/perpanjang", form));

            List<Integer> statuses = statuses(answers);
            assertThat(statuses.get(0)).as("round " + round + ": the winner is sent back to the case")
                    .isBetween(300, 399);
            assertThat(statuses.get(1)).isEqualTo(409);
            EntityExchangeResult<String> won = answers.stream()
                    .min(Comparator.comparingInt(answer -> answer.getStatus().value())).orElseThrow();
            assertThat(won.getResponseHeaders().getLocation()).hasToString(page + "?berhasil=perpanjang");
            assertThat(loser(answers).getResponseBody()).contains(messages.text(
                    "rule.information-request.extension-already-used", LanguageSwitch.INDONESIAN));
            assertThat(stored(request, NoticeDeadlineExtended.class)).isEqualTo(1);
        }
    }

    /** Both calls wait until the other is ready too, then leave together. */
    private List<EntityExchangeResult<String>> atOnce(Supplier<EntityExchangeResult<String>> one,
            Supplier<EntityExchangeResult<String>> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<EntityExchangeResult<String>>> calls = new ArrayList<>();
        for (Supplier<EntityExchangeResult<String>> call : List.of(one, other)) {
            calls.add(pair.submit(() -> {
                start.await();
                return call.get();
            }));
        }
        List<EntityExchangeResult<String>> answers = new ArrayList<>();
        for (Future<EntityExchangeResult<String>> call : calls) {
            answers.add(call.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static List<Integer> statuses(List<EntityExchangeResult<String>> answers) {
        return answers.stream().map(answer -> answer.getStatus().value()).sorted().toList();
    }

    private static EntityExchangeResult<String> loser(List<EntityExchangeResult<String>> answers) {
        return answers.stream().max(Comparator.comparingInt(answer -> answer.getStatus().value())).orElseThrow();
    }

    /** 409 problem details of the rule, its text in Bahasa Indonesia as the message bundle has it. */
    private void assertRefusedByRule(EntityExchangeResult<String> refused, String rule) {
        assertThat(refused.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(refused.getResponseBody());
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("type").asString()).isEqualTo("urn:sigap:problem:rule:" + rule);
        assertThat(problem.path("detail").asString())
                .isEqualTo(messages.text("rule." + rule, LanguageSwitch.INDONESIAN));
    }

    private long stored(String aggregate, Class<?> eventType) {
        return database.getCollection("events").countDocuments(
                and(eq("aggregateIdentifier", aggregate), in("payloadType", eventType.getName())));
    }

    private String registeredRequest() {
        InformationRequestId request = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(request, Channel.WEB, Instant.now(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Balapan Uji", Requester.IdentityKind.NIK,
                        "3672010101900077", "Jl. Uji 7", "081200007777", null, "Guru")),
                "Daftar sekolah penerima BOS 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, TrackingCode.generate().hash()));
        awaitProjected(first, "/api/v1/petugas/permohonan/" + request.value());
        return request.value();
    }

    private String registeredComplaint() {
        ComplaintId complaint = ComplaintId.newId();
        commands.sendAndWait(new RegisterComplaint(complaint, Channel.WEB, Instant.now(), null, false,
                "Lampu jalan mati", "Lampu jalan di depan sekolah mati sejak seminggu", ComplaintCategory.INFRASTRUKTUR,
                new Location("Cilegon", "Ciwaduk", null, null), List.of(), TrackingCode.generate().hash(), null));
        awaitProjected(first, "/api/v1/petugas/pengaduan/" + complaint.value());
        return complaint.value();
    }

    private static void awaitProjected(Http officer, String api) {
        await().atMost(Duration.ofSeconds(10)).until(() -> officer.getJson(api).getStatus().value() == 200);
    }
}
