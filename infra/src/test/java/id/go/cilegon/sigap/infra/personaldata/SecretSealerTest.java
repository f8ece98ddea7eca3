package id.go.cilegon.sigap.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecretSealerTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey master = MasterKey.generate();
    private final SecretSealer totp = new SecretSealer(master, "officer-totp");

    @Test
    void opens_what_it_sealed_for_the_same_owner() {
        assertThat(totp.open("budi", totp.seal("budi", SECRET))).isEqualTo(SECRET);
    }

    @Test
    void the_sealed_form_does_not_contain_the_secret() {
        String sealed = totp.seal("budi", SECRET);

        assertThat(sealed).doesNotContain(new String(SECRET, StandardCharsets.US_ASCII));
        assertThat(totp.seal("budi", SECRET)).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void a_secret_copied_onto_another_owner_does_not_open() {
        String sealed = totp.seal("budi", SECRET);

        assertThatThrownBy(() -> totp.open("siti", sealed)).isInstanceOf(PersonalDataCryptoException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void each_purpose_and_each_master_key_has_its_own_key() {
        String sealed = totp.seal("budi", SECRET);

        assertThatThrownBy(() -> new SecretSealer(master, "another-purpose").open("budi", sealed))
                .isInstanceOf(PersonalDataCryptoException.class);
        assertThatThrownBy(() -> new SecretSealer(MasterKey.generate(), "officer-totp").open("budi", sealed))
                .isInstanceOf(PersonalDataCryptoException.class);
        assertThat(new SecretSealer(master, "officer-totp").open("budi", sealed)).isEqualTo(SECRET);
    }

    @Test
    void the_derived_key_is_not_the_master_key_and_does_not_print() {
        assertThat(master.derive("officer-totp").getEncoded()).isNotEqualTo(master.secretKey().getEncoded());
        assertThat(totp.toString()).isEqualTo("SecretSealer[officer-totp]");
    }
}
