package id.go.cilegon.sigap.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final byte[] PLAINTEXT = "{\"nik\":\"3672014512880003\"}".getBytes(StandardCharsets.UTF_8);

    private final PersonalDataCipher cipher = new PersonalDataCipher();
    private final SecretKey key = MasterKey.generate().secretKey();
    private final DataSubjectId subject = DataSubjectId.newId();

    @Test
    void opens_what_it_sealed() {
        assertThat(cipher.open(key, subject, cipher.seal(key, subject, PLAINTEXT))).isEqualTo(PLAINTEXT);
    }

    @Test
    void seals_as_a_random_96_bit_iv_then_ciphertext_with_a_128_bit_tag() {
        String first = cipher.seal(key, subject, PLAINTEXT);
        String second = cipher.seal(key, subject, PLAINTEXT);

        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + PLAINTEXT.length + 16);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_flipped_bit_fails_authentication() {
        byte[] sealed = Base64.getDecoder().decode(cipher.seal(key, subject, PLAINTEXT));
        sealed[sealed.length - 1] ^= 0x01;

        assertThatThrownBy(() -> cipher.open(key, subject, Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(PersonalDataCryptoException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void another_key_cannot_open_it() {
        String sealed = cipher.seal(key, subject, PLAINTEXT);

        assertThatThrownBy(() -> cipher.open(MasterKey.generate().secretKey(), subject, sealed))
                .isInstanceOf(PersonalDataCryptoException.class);
    }

    @Test
    void it_is_bound_to_its_subject() {
        String sealed = cipher.seal(key, subject, PLAINTEXT);

        assertThatThrownBy(() -> cipher.open(key, DataSubjectId.newId(), sealed))
                .isInstanceOf(PersonalDataCryptoException.class);
    }

    @Test
    void malformed_input_is_rejected_as_such() {
        assertThatThrownBy(() -> cipher.open(key, subject, "not base64!"))
                .isInstanceOf(PersonalDataCryptoException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> cipher.open(key, subject, Base64.getEncoder().encodeToString(new byte[20])))
                .isInstanceOf(PersonalDataCryptoException.class).hasMessageContaining("truncated");
    }
}
