package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.support.TotpCodes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/** An officer with a TOTP second factor logs in in two steps; wrong codes count toward the lockout. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecondFactorLoginTest {

    private static final String PASSWORD = "dua-langkah-teh-manis";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    OfficerTotp totp;

    @Autowired
    WebSessionManager sessions;

    @Autowired
    Clock clock;

    /** An officer whose TOTP is enrolled and confirmed; returns the secret their app holds. */
    private String enrolled(String username) {
        accounts.save(username, "Petugas dua langkah", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        String secret = totp.begin(username).secret();
        assertThat(totp.confirm(username, TotpCodes.code(secret, clock, 0))).isTrue();
        return secret;
    }

    private static EntityExchangeResult<String> password(Http visitor, String username, String password) {
        return visitor.submitLogin(username, password);
    }

    private static EntityExchangeResult<String> code(Http visitor, String code) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kode", code);
        return visitor.submit("/masuk/kode", "/masuk/kode", form);
    }

    @Test
    void the_right_password_opens_only_the_code_page_and_the_right_code_opens_the_officers_pages() {
        String secret = enrolled("dua-langkah");
        Http officer = new Http(port);

        assertThat(password(officer, "dua-langkah", PASSWORD).getResponseHeaders().getLocation())
                .hasToString("/masuk/kode");
        EntityExchangeResult<String> meanwhile = officer.page("/petugas/notifikasi");
        assertThat(meanwhile.getResponseHeaders().getLocation()).hasToString("/masuk/kode");
        assertThat(officer.getJson("/api/v1/petugas/notifikasi/jumlah").getStatus())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        String codePage = officer.page("/masuk/kode").getResponseBody();
        assertThat(codePage).contains("Kode Verifikasi").doesNotContain("Notifikasi");

        EntityExchangeResult<String> done = code(officer, TotpCodes.code(secret, clock, 1));

        assertThat(done.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(done.getResponseHeaders().getLocation()).hasToString("/petugas");
        assertThat(officer.page("/petugas/notifikasi").getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_wrong_code_is_refused_on_the_page_and_a_used_code_cannot_be_used_again() {
        String secret = enrolled("dua-langkah-ulang");
        String next = TotpCodes.code(secret, clock, 1);
        Http first = new Http(port);
        password(first, "dua-langkah-ulang", PASSWORD);

        EntityExchangeResult<String> wrong = code(first, next.equals("000000") ? "111111" : "000000");
        assertThat(wrong.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getResponseBody()).contains("kode salah atau sudah dipakai");
        EntityExchangeResult<String> malformed = code(first, "12ab");
        assertThat(malformed.getResponseBody()).contains("masukkan tepat 6 angka");
        assertThat(code(first, next).getResponseHeaders().getLocation()).hasToString("/petugas");

        Http replay = new Http(port);
        password(replay, "dua-langkah-ulang", PASSWORD);
        assertThat(code(replay, next).getStatus()).as("someone who saw the code").isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void five_wrong_codes_lock_the_account_and_end_the_half_done_login() {
        enrolled("dua-langkah-kunci");
        Http officer = new Http(port);
        password(officer, "dua-langkah-kunci", PASSWORD);

        EntityExchangeResult<String> last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            last = code(officer, "00000" + attempt);
        }

        assertThat(last.getResponseHeaders().getLocation()).hasToString("/masuk?terkunci");
        assertThat(officer.page("/masuk/kode").getResponseHeaders().getLocation().getPath()).isEqualTo("/masuk");
        assertThat(password(new Http(port), "dua-langkah-kunci", PASSWORD).getResponseHeaders().getLocation())
                .as("locked even against the right password").hasToString("/masuk?terkunci");
    }

    @Test
    void a_login_that_waits_too_long_for_its_code_ends() {
        enrolled("dua-langkah-lambat");
        Http officer = new Http(port);
        password(officer, "dua-langkah-lambat", PASSWORD);
        WebSession waiting = ((DefaultWebSessionManager) sessions).getSessionStore()
                .retrieveSession(officer.cookie("SESSION")).block();
        waiting.getAttributes().put(OfficerSessions.SINCE, clock.instant().minus(Duration.ofMinutes(5)));
        waiting.save().block();

        assertThat(officer.page("/masuk/kode").getResponseHeaders().getLocation()).hasToString("/masuk?habis");
    }

    @Test
    void the_code_form_needs_its_csrf_token() {
        enrolled("dua-langkah-csrf");
        Http officer = new Http(port);
        password(officer, "dua-langkah-csrf", PASSWORD);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kode", "123456");

        EntityExchangeResult<String> forged = officer.client().post().uri("/masuk/kode")
                .cookie("SESSION", officer.cookie("SESSION")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange().expectBody(String.class).returnResult();

        assertThat(forged.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
