package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SsoSettingsTest {

    private static final String SECRET = "rahasia-klien-keycloak";

    @Test
    void the_secret_comes_from_the_environment_or_else_from_a_secrets_file(@TempDir Path directory)
            throws IOException {
        Path file = Files.writeString(directory.resolve("oidc-client-secret"), "  " + SECRET + "\n");

        assertThat(SsoSettings.secret(SECRET, "")).isEqualTo(SECRET);
        assertThat(SsoSettings.secret("", file.toString())).isEqualTo(SECRET);
        assertThat(SsoSettings.secret("dari-lingkungan", file.toString())).isEqualTo("dari-lingkungan");
    }

    @Test
    void the_settings_never_print_the_secret() {
        SsoSettings settings = new SsoSettings("https://sso.cilegon.go.id/realms/pemkot", "sigap", SECRET,
                List.of("openid"), "preferred_username", "SSO Pemkot");

        assertThat(settings.toString()).contains("sso.cilegon.go.id", "sigap").doesNotContain(SECRET);
    }

    @Test
    void an_incomplete_configuration_stops_the_start_without_echoing_what_was_given() {
        assertThatThrownBy(() -> new SsoSettings("https://sso.cilegon.go.id/realms/pemkot", "sigap", "",
                List.of("openid"), "preferred_username", "SSO Pemkot"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("client secret");
        assertThatThrownBy(() -> new SsoSettings("", "sigap", SECRET, List.of("openid"), "preferred_username",
                "SSO Pemkot")).hasMessageNotContaining(SECRET);
    }

    @Test
    void a_missing_secrets_file_is_named_but_not_read_aloud(@TempDir Path directory) {
        assertThatThrownBy(() -> SsoSettings.secret("", directory.resolve("tidak-ada").toString()))
                .hasMessageContaining("tidak-ada");
    }
}
