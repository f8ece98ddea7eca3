package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Five wrong passwords in a row lock an officer's account, even against the right one; others are unaffected. */
@SigapTest
class LoginLockoutTest {

    private static final String PASSWORD = "rahasia-kunci-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    private String logIn(String username, String password) {
        return String.valueOf(new Http(port).submitLogin(username, password).getResponseHeaders().getLocation());
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_a_while() {
        accounts.save("kunci-petugas", "Petugas", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("kunci-lain", "Petugas lain", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));

        assertThat(logIn("kunci-petugas", "salah-1")).isEqualTo("/masuk?gagal");
        assertThat(logIn("kunci-petugas", PASSWORD)).as("a success clears the count").isEqualTo("/petugas");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(logIn("kunci-petugas", "salah-" + attempt)).isEqualTo("/masuk?gagal");
        }

        assertThat(logIn("kunci-petugas", PASSWORD)).isEqualTo("/masuk?terkunci");
        assertThat(new Http(port).page("/masuk?terkunci").getResponseBody()).contains("terkunci sementara");
        assertThat(logIn("kunci-lain", PASSWORD)).isEqualTo("/petugas");
    }
}
