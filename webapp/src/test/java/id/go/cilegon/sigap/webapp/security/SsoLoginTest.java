package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.OidcStandIn;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.support.TotpCodes;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OIDC login through the real redirect flow: a cookie-keeping HTTP client follows Sigap's redirect to the local
 * stand-in provider, which vouches for the identity the test chose and sends the browser back with a code that Sigap
 * exchanges, with its client secret, for a signed ID token.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SsoLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    OfficerTotp totp;

    @Autowired
    Clock clock;

    @Autowired
    MongoDatabase database;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void forgetEarlierRequests() {
        while (next(10) != null) {
            // the provider's log of requests is read per test
        }
    }

    /** The provider will vouch for {@code identity} as its user name at the next login. */
    private static void providerVouchesFor(String identity) {
        OidcStandIn.server().enqueueCallback(new DefaultOAuth2TokenCallback(OidcStandIn.ISSUER, "sub-" + identity,
                "JWT", List.of(OidcStandIn.CLIENT_ID), Map.of("preferred_username", identity)));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void anOfficerWithIdentity(String username, String identity) {
        accounts.save(username, "Petugas SSO " + username, "sandi-sso-tidak-dipakai", List.of(OfficerRole.PETUGAS_PPID));
        OfficerAccount account = accounts.account(username).orElseThrow();
        accounts.change(account, account.displayName(), account.roles(), null, identity, "uji");
    }

    @Test
    void the_login_page_offers_the_city_login() {
        assertThat(new Http(port).page("/masuk").getResponseBody())
                .contains("Masuk dengan SSO Pemkot (uji)", "href=\"/oauth2/authorization/sso\"");
    }

    @Test
    void an_identity_recorded_on_an_account_logs_in_as_that_officer() throws Exception {
        anOfficerWithIdentity("sso-budi", "budi.santoso@cilegon.go.id");
        providerVouchesFor("budi.santoso@cilegon.go.id");

        HttpResponse<String> landed = get("/oauth2/authorization/sso");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).startsWith("/petugas");
        assertThat(landed.body()).contains("Keluar (sso-budi)");
        assertThat(get("/petugas/notifikasi").statusCode()).isEqualTo(200);
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION")).findFirst().orElseThrow().getValue();
        byte[] stored = database.getCollection("officer_sessions").find(new Document("_id", session)).first()
                .get("attributes", Binary.class).getData();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("the session kept in the store")
                .contains("OfficerOidcUser").doesNotContain("OAuth2AuthorizedClient", "OAuth2AccessToken");
        RecordedRequest tokenRequest = request("/" + OidcStandIn.ISSUER + "/token");
        assertThat(tokenRequest.getHeader("Authorization")).as("the client secret from the secrets file")
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                        (OidcStandIn.CLIENT_ID + ":" + OidcStandIn.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_identity_no_account_carries_is_refused_with_a_clear_page_and_no_account_is_made() throws Exception {
        providerVouchesFor("orang.asing@contoh.id");

        HttpResponse<String> refused = get("/oauth2/authorization/sso");

        assertThat(refused.uri().getPath()).isEqualTo("/masuk");
        assertThat(refused.uri().getQuery()).isEqualTo("sso-ditolak");
        assertThat(refused.body()).contains("belum terhubung ke akun petugas Sigap yang aktif",
                "orang.asing@contoh.id");
        assertThat(accounts.bySsoIdentity("orang.asing@contoh.id")).isEmpty();
        assertThat(get("/petugas/notifikasi").uri().getPath()).isEqualTo("/masuk");
    }

    @Test
    void a_disabled_officer_cannot_log_in_through_the_provider_either() throws Exception {
        anOfficerWithIdentity("sso-nonaktif", "nonaktif@cilegon.go.id");
        accounts.enable("sso-nonaktif", false, "uji");
        providerVouchesFor("nonaktif@cilegon.go.id");

        assertThat(get("/oauth2/authorization/sso").uri().getQuery()).isEqualTo("sso-ditolak");
    }

    @Test
    void an_officer_with_a_second_factor_is_asked_for_the_code_after_the_provider() throws Exception {
        anOfficerWithIdentity("sso-totp", "totp@cilegon.go.id");
        String secret = totp.begin("sso-totp").secret();
        assertThat(totp.confirm("sso-totp", TotpCodes.code(secret, clock, 0))).isTrue();
        providerVouchesFor("totp@cilegon.go.id");

        HttpResponse<String> codePage = get("/oauth2/authorization/sso");

        assertThat(codePage.uri().getPath()).isEqualTo("/masuk/kode");
        assertThat(get("/petugas/notifikasi").uri().getPath()).isEqualTo("/masuk/kode");
    }

    private static RecordedRequest request(String path) {
        for (RecordedRequest request = next(5000); request != null; request = next(1000)) {
            if (request.getPath().startsWith(path)) {
                return request;
            }
        }
        throw new AssertionError("The provider received no request for " + path);
    }

    /** The provider's next request, or null when none came within {@code millis}. */
    private static RecordedRequest next(long millis) {
        try {
            return OidcStandIn.server().takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException none) {
            return null;
        }
    }
}
