package id.go.cilegon.sigap.webapp.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta's X-Hub-Signature-256 over the exact bytes: what passes and what does not. */
class WebhookSignatureTest {

    private static final List<String> SECRETS = List.of("rahasia-aplikasi");
    private static final byte[] BODY = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":"
            + "{\"contacts\":[{\"profile\":{\"name\":\"Siti Rahmawati 🙏\"}}],\"messages\":[{\"text\":{\"body\":"
            + "\"Jalan di Kel. Ciwaduk berlubang 😡 — mohon segera\"}}]}}]}]}").getBytes(StandardCharsets.UTF_8);

    @Test
    void a_body_signed_with_the_app_secret_passes() {
        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(BODY, "rahasia-aplikasi"), SECRETS)).isTrue();
    }

    @Test
    void the_signature_is_over_the_bytes_as_sent_with_names_and_emoji_unescaped_or_escaped() {
        byte[] escaped = new String(BODY, StandardCharsets.UTF_8).replace("🙏", "\\ud83d\\ude4f")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.valid(escaped, WebhookSignature.sign(escaped, "rahasia-aplikasi"), SECRETS))
                .isTrue();
        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(escaped, "rahasia-aplikasi"), SECRETS))
                .as("the same JSON re-encoded is other bytes").isFalse();
    }

    @Test
    void a_body_altered_by_one_byte_fails() {
        String header = WebhookSignature.sign(BODY, "rahasia-aplikasi");
        for (int i = 0; i < BODY.length; i += 17) {
            byte[] altered = BODY.clone();
            altered[i] ^= 1;
            assertThat(WebhookSignature.valid(altered, header, SECRETS)).as("byte " + i).isFalse();
        }
    }

    @Test
    void another_secret_a_missing_or_a_malformed_header_fails() {
        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(BODY, "rahasia-lain"), SECRETS)).isFalse();
        assertThat(WebhookSignature.valid(BODY, null, SECRETS)).isFalse();
        assertThat(WebhookSignature.valid(BODY, "", SECRETS)).isFalse();
        String hex = WebhookSignature.sign(BODY, "rahasia-aplikasi").substring("sha256=".length());
        assertThat(WebhookSignature.valid(BODY, hex, SECRETS)).as("without sha256=").isFalse();
        assertThat(WebhookSignature.valid(BODY, "sha1=" + hex, SECRETS)).isFalse();
        assertThat(WebhookSignature.valid(BODY, "sha256=" + hex.substring(2), SECRETS)).as("too short").isFalse();
        assertThat(WebhookSignature.valid(BODY, "sha256=" + "zz" + hex.substring(2), SECRETS)).as("not hex")
                .isFalse();
        assertThat(WebhookSignature.valid(BODY, "sha256=" + hex.toUpperCase(), SECRETS)).as("hex in capitals")
                .isTrue();
    }

    @Test
    void during_a_rotation_either_secret_passes_and_no_secret_passes_nothing() {
        List<String> rotating = List.of("rahasia-baru", "rahasia-aplikasi");

        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(BODY, "rahasia-aplikasi"), rotating)).isTrue();
        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(BODY, "rahasia-baru"), rotating)).isTrue();
        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(BODY, "rahasia-aplikasi"), List.of()))
                .isFalse();
    }
}
