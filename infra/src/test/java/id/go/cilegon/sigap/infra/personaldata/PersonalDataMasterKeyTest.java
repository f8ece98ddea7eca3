package id.go.cilegon.sigap.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataMasterKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void without_a_configured_key_one_is_generated_once_into_an_owner_only_file() throws IOException {
        Path file = dataDir.resolve("nested/master.key");

        MasterKey generated = MasterKey.fromFile(file);
        MasterKey reread = MasterKey.fromFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(reread.secretKey()).isEqualTo(generated.secretKey());
        assertThat(Base64.getDecoder().decode(Files.readString(file))).hasSize(32);
    }

    @Test
    void a_configured_key_must_be_32_bytes_and_is_not_echoed_when_it_is_not() {
        String tooShort = Base64.getEncoder().encodeToString("sixteen byte key".getBytes());

        assertThatThrownBy(() -> MasterKey.fromBase64(tooShort))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(tooShort);
    }

    @Test
    void the_key_does_not_show_in_its_string_form() {
        String base64 = Base64.getEncoder().encodeToString(MasterKey.generate().secretKey().getEncoded());

        assertThat(MasterKey.fromBase64(base64).toString()).doesNotContain(base64);
    }
}
