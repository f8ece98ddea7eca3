package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The webhook over real HTTP: Meta's handshake, the signature over the raw bytes before anything is read, and
 * refusals of what is not the Cloud API's shape, by field, with nothing kept.
 */
@SigapTest
class WhatsAppWebhookHttpTest {

    private static final String SECRET = "uji-app-secret";

    @LocalServerPort
    int port;

    @Autowired
    CloudApiStandIn standIn;

    @Autowired
    WhatsAppInbox inbox;

    @Autowired
    MongoDatabase database;

    private EntityExchangeResult<String> post(byte[] body, String signature) {
        var request = new Http(port).client().post().uri(WhatsAppWebhook.PATH).contentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            request = request.header(WebhookSignature.HEADER, signature);
        }
        return request.bodyValue(body).exchange().expectBody(String.class).returnResult();
    }

    private static byte[] text(String wamid, String from, String body) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"phone_number_id\":\"1\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Siti Rahmawati 🙏\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\""
                + Instant.now().getEpochSecond() + "\","
                + "\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}]}}]}]}").getBytes(StandardCharsets.UTF_8);
    }

    private long kept(String wamid) {
        return database.getCollection(WhatsAppInbox.INBOX).countDocuments(eq("_id", wamid));
    }

    @Test
    void the_handshake_echoes_the_challenge_for_the_right_verify_token_only() {
        Http http = new Http(port);
        EntityExchangeResult<String> ok = http.client().get()
                .uri(WhatsAppWebhook.PATH
                        + "?hub.mode=subscribe&hub.verify_token=uji-verify-token&hub.challenge=8412345")
                .exchange().expectBody(String.class).returnResult();
        EntityExchangeResult<String> wrong = http.client().get()
                .uri(WhatsAppWebhook.PATH + "?hub.mode=subscribe&hub.verify_token=tebakan&hub.challenge=8412345")
                .exchange().expectBody(String.class).returnResult();
        EntityExchangeResult<String> noMode = http.client().get()
                .uri(WhatsAppWebhook.PATH + "?hub.verify_token=uji-verify-token&hub.challenge=1")
                .exchange().expectBody(String.class).returnResult();

        assertThat(ok.getStatus().value()).isEqualTo(200);
        assertThat(ok.getResponseBody()).isEqualTo("8412345");
        assertThat(ok.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(wrong.getStatus().value()).isEqualTo(403);
        assertThat(noMode.getStatus().value()).isEqualTo(403);
    }

    @Test
    void a_delivery_without_the_right_signature_is_401_and_nothing_is_kept() {
        String number = WhatsAppChat.newNumber();
        byte[] body = text("wamid.uji.tanpa-tanda", number, "halo");
        byte[] altered = body.clone();
        altered[altered.length - 10] ^= 1;

        EntityExchangeResult<String> missing = post(body, null);
        EntityExchangeResult<String> wrongSecret = post(body, WebhookSignature.sign(body, "bukan-rahasia"));
        EntityExchangeResult<String> oneByteChanged = post(altered, WebhookSignature.sign(body, SECRET));

        for (EntityExchangeResult<String> refused : List.of(missing, wrongSecret, oneByteChanged)) {
            assertThat(refused.getStatus().value()).isEqualTo(401);
            assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getResponseBody()).contains("urn:sigap:problem:whatsapp-signature");
        }
        assertThat(kept("wamid.uji.tanpa-tanda")).isZero();
        assertThat(standIn.received(number)).isEmpty();
    }

    @Test
    void a_signed_delivery_with_a_name_and_emoji_is_kept_answered_200_and_replied_to() {
        String number = WhatsAppChat.newNumber();
        byte[] body = text("wamid.uji.emoji", number, "Halo 👋 ada yang bisa dibantu? Jalan rusak 😡");

        EntityExchangeResult<String> answer = post(body, WebhookSignature.sign(body, SECRET));

        assertThat(answer.getStatus().value()).isEqualTo(200);
        assertThat(kept("wamid.uji.emoji")).isOne();
        await().atMost(Duration.ofSeconds(30)).until(() -> !standIn.received(number).isEmpty());
        assertThat(standIn.received(number).get(0).text()).contains("Maaf, kami belum memahami pesan Anda");
    }

    @Test
    void the_second_secret_of_a_rotation_is_accepted() {
        String number = WhatsAppChat.newNumber();
        byte[] body = text("wamid.uji.rotasi", number, "halo");

        assertThat(post(body, WebhookSignature.sign(body, "uji-app-secret-lama")).getStatus().value()).isEqualTo(200);
        assertThat(kept("wamid.uji.rotasi")).isOne();
    }

    @Test
    void malformed_json_and_missing_fields_are_400_naming_the_field_and_keep_nothing() {
        String number = WhatsAppChat.newNumber();
        byte[] notJson = "{\"object\": \"whatsapp_business_account\", \"entry\": [".getBytes(StandardCharsets.UTF_8);
        byte[] otherObject = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] noId = new String(text("wamid.uji.tanpa-id", number, "halo"), StandardCharsets.UTF_8)
                .replace("\"id\":\"wamid.uji.tanpa-id\",", "").getBytes(StandardCharsets.UTF_8);
        byte[] noSender = new String(text("wamid.uji.tanpa-pengirim", number, "halo"), StandardCharsets.UTF_8)
                .replace("\"from\":\"" + number + "\",", "").replace(",\"wa_id\":\"" + number + "\"", "")
                .getBytes(StandardCharsets.UTF_8);
        byte[] badTimestamp = new String(text("wamid.uji.waktu", number, "halo"), StandardCharsets.UTF_8)
                .replaceAll("\"timestamp\":\"\\d+\"", "\"timestamp\":\"kemarin\"").getBytes(StandardCharsets.UTF_8);

        assertRefused(notJson, "body");
        assertRefused(otherObject, "object");
        assertRefused(noId, "entry[0].changes[0].value.messages[0].id");
        assertRefused(noSender, "entry[0].changes[0].value.messages[0].from");
        assertRefused(badTimestamp, "entry[0].changes[0].value.messages[0].timestamp");
        assertThat(kept("wamid.uji.tanpa-pengirim") + kept("wamid.uji.waktu")).isZero();
    }

    private void assertRefused(byte[] body, String field) {
        EntityExchangeResult<String> refused = post(body, WebhookSignature.sign(body, SECRET));
        assertThat(refused.getStatus().value()).as(field).isEqualTo(400);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("urn:sigap:problem:invalid-fields")
                .contains("\"field\":\"" + field + "\"");
    }

    @Test
    void a_body_over_the_limit_is_413_before_it_is_read() {
        String number = WhatsAppChat.newNumber();
        byte[] huge = text("wamid.uji.besar", number, "x".repeat(70 * 1024));

        EntityExchangeResult<String> refused = post(huge, WebhookSignature.sign(huge, SECRET));

        assertThat(refused.getStatus().value()).isEqualTo(413);
        assertThat(kept("wamid.uji.besar")).isZero();
    }

    @Test
    void changes_of_other_fields_and_unknown_statuses_are_acknowledged_and_ignored() {
        byte[] account = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                + "\"account_update\",\"value\":{\"event\":\"VERIFIED_ACCOUNT\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post(account, WebhookSignature.sign(account, SECRET)).getStatus().value()).isEqualTo(200);
    }
}
