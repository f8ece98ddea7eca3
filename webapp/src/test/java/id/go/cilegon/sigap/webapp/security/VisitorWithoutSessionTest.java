package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.informationrequest.InformationRequestApiTest;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
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

/**
 * A visitor who has not logged in leaves nothing in a node's memory (ADR 0032): a form's CSRF token and the page an
 * officer asked for before the login page wait in cookies, and only a login starts a session. Until then every page
 * with a form kept a session for its visitor; past the session store's 10,000 (crawlers, a busy morning) every page
 * read all of them and new visitors' tokens were no longer kept, so their forms came back 403.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VisitorWithoutSessionTest {

    private static final String PASSWORD = "tanpa-sesi-teh-manis";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    MongoDatabase database;

    @Test
    void a_citizen_reads_the_pages_and_sends_a_form_without_a_session() {
        Http citizen = new Http(port);

        for (String page : List.of("/", "/permohonan", "/pengaduan", "/status", "/pengaduan/status", "/masuk")) {
            EntityExchangeResult<String> answer = citizen.page(page);
            assertThat(answer.getStatus()).as(page).isEqualTo(HttpStatus.OK);
            assertThat(answer.getResponseCookies()).as(page).doesNotContainKey("SESSION");
        }
        EntityExchangeResult<String> sent = citizen.submit("/permohonan", "/permohonan", requestForm());

        assertThat(sent.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(sent.getResponseHeaders().getLocation()).asString().startsWith("/status/");
        assertThat(citizen.cookie("SESSION")).as("no session was started").isNull();
        assertThat(citizen.cookie(CsrfTokenCookie.COOKIE)).as("the token's cookie").isNotBlank();
    }

    @Test
    void a_form_whose_token_is_not_the_one_in_the_visitors_cookie_is_refused_and_stores_nothing() {
        Http citizen = new Http(port);
        Http other = new Http(port);
        String othersToken = Http.csrfToken(other.page("/permohonan").getResponseBody());
        citizen.page("/permohonan");
        long events = database.getCollection("events").countDocuments();
        MultiValueMap<String, String> form = requestForm();
        form.add("_csrf", othersToken);

        EntityExchangeResult<String> sent = citizen.client().post().uri("/permohonan")
                .cookie(CsrfTokenCookie.COOKIE, citizen.cookie(CsrfTokenCookie.COOKIE))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectBody(String.class).returnResult();

        assertThat(sent.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(events);
    }

    @Test
    void an_officer_who_opened_a_page_before_logging_in_starts_a_session_at_the_login_and_comes_back_to_it() {
        accounts.save("tanpa-sesi", "Petugas tanpa sesi", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        Http officer = new Http(port);

        EntityExchangeResult<String> asked = officer.page("/petugas/permohonan?status=DITERIMA");
        assertThat(asked.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(asked.getResponseHeaders().getLocation()).hasToString("/masuk");
        assertThat(officer.cookie("SESSION")).isNull();

        EntityExchangeResult<String> loggedIn = officer.submitLogin("tanpa-sesi", PASSWORD);

        assertThat(loggedIn.getResponseHeaders().getLocation()).hasToString("/petugas/permohonan?status=DITERIMA");
        assertThat(officer.cookie("SESSION")).as("the login started the session").isNotBlank();
        assertThat(officer.page("/petugas/permohonan?status=DITERIMA").getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(officer.cookie("REDIRECT_URI")).as("the asked-for page is forgotten once reached").isNull();
    }

    private static MultiValueMap<String, String> requestForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        InformationRequestApiTest.validRequest().forEach((field, value) -> form.add(field, String.valueOf(value)));
        return form;
    }
}
