package id.go.cilegon.sigap.webapp.account;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.security.OfficerAccount;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.support.TotpCodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.bson.Document;
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

/** Every officer changes their own password and enrols or turns off TOTP at /petugas/akun. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountPageTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-rahasia\">([A-Z2-7 ]+)<");
    private static final Pattern QR_IMAGE = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    MongoDatabase database;

    @Autowired
    Clock clock;

    private Http officer(String username, String password, OfficerRole role) {
        accounts.save(username, "Petugas " + username, password, List.of(role));
        Http officer = new Http(port);
        officer.logIn(username, password);
        return officer;
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private String loginLocation(String username, String password) {
        return String.valueOf(new Http(port).submit("/masuk", "/masuk", form("username", username,
                "password", password)).getResponseHeaders().getLocation());
    }

    @Test
    void an_officer_ends_their_sessions_on_other_devices_and_goes_on_in_this_one() {
        Http here = officer("akun-sesi", "Kue Jojorong Pandeglang 3", OfficerRole.PETUGAS_PPID);
        Http elsewhere = new Http(port);
        elsewhere.logIn("akun-sesi", "Kue Jojorong Pandeglang 3");
        assertThat(here.page("/petugas/akun").getResponseBody()).contains("Akhiri sesi lain");

        EntityExchangeResult<String> ended = here.submit("/petugas/akun", "/petugas/akun/sesi-lain", form());

        assertThat(ended.getResponseHeaders().getLocation()).hasToString("/petugas/akun?berhasil=sesi-lain");
        assertThat(here.page("/petugas/akun?berhasil=sesi-lain").getResponseBody())
                .contains("Sesi Anda di perangkat lain diakhiri");
        assertThat(elsewhere.page("/petugas/notifikasi").getResponseHeaders().getLocation())
                .hasToString("/masuk?berakhir");
        assertThat(here.page("/petugas/notifikasi").getStatus()).as("this session").isEqualTo(HttpStatus.OK);
        assertThat(accounts.account("akun-sesi").orElseThrow().latestFirst().get(0).kind())
                .isEqualTo(OfficerAccount.ChangeKind.SESSIONS_ENDED);
        assertThat(loginLocation("akun-sesi", "Kue Jojorong Pandeglang 3")).as("the password still opens it")
                .isEqualTo("/petugas");
    }

    @Test
    void an_officer_changes_their_password_with_the_current_one_and_their_other_sessions_end() {
        Http here = officer("akun-sandi", "Sate Bandeng Banten 1", OfficerRole.PETUGAS_PPID);
        Http elsewhere = new Http(port);
        elsewhere.logIn("akun-sandi", "Sate Bandeng Banten 1");

        EntityExchangeResult<String> wrong = here.submit("/petugas/akun", "/petugas/akun/kata-sandi", form(
                "kataSandiLama", "bukan-sandinya", "kataSandiBaru", "Rabeg Kambing Serang 2",
                "ulangiKataSandiBaru", "Rabeg Kambing Serang 2"));
        assertThat(wrong.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getResponseBody()).contains("kata sandi sekarang salah");
        EntityExchangeResult<String> weak = here.submit("/petugas/akun", "/petugas/akun/kata-sandi", form(
                "kataSandiLama", "Sate Bandeng Banten 1", "kataSandiBaru", "akun-sandi12345",
                "ulangiKataSandiBaru", "akun-sandi12346"));
        assertThat(weak.getResponseBody()).contains("tidak boleh memuat nama pengguna",
                "kedua isian kata sandi baru tidak sama", "berurutan");
        assertThat(loginLocation("akun-sandi", "Sate Bandeng Banten 1")).isEqualTo("/petugas");

        EntityExchangeResult<String> changed = here.submit("/petugas/akun", "/petugas/akun/kata-sandi", form(
                "kataSandiLama", "Sate Bandeng Banten 1", "kataSandiBaru", "Rabeg Kambing Serang 2",
                "ulangiKataSandiBaru", "Rabeg Kambing Serang 2"));

        assertThat(changed.getResponseHeaders().getLocation()).hasToString("/petugas/akun?berhasil=kata-sandi");
        assertThat(here.page("/petugas/akun?berhasil=kata-sandi").getResponseBody())
                .contains("Kata sandi baru disimpan");
        assertThat(elsewhere.page("/petugas/notifikasi").getResponseHeaders().getLocation())
                .hasToString("/masuk?berakhir");
        assertThat(loginLocation("akun-sandi", "Sate Bandeng Banten 1")).isEqualTo("/masuk?gagal");
        assertThat(loginLocation("akun-sandi", "Rabeg Kambing Serang 2")).isEqualTo("/petugas");
        assertThat(accounts.account("akun-sandi").orElseThrow().latestFirst().get(0))
                .satisfies(change -> assertThat(change.kind()).isEqualTo(OfficerAccount.ChangeKind.PASSWORD_CHANGED))
                .satisfies(change -> assertThat(change.by()).isEqualTo("akun-sandi"));
    }

    @Test
    void an_officer_enrols_totp_with_a_qr_code_confirms_it_with_a_first_code_and_then_logs_in_in_two_steps() {
        Http officer = officer("akun-totp", "Sate Bandeng Banten 3", OfficerRole.SUPERVISOR);

        EntityExchangeResult<String> noPassword = officer.submit("/petugas/akun", "/petugas/akun/totp",
                form("kataSandi", ""));
        assertThat(noPassword.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        officer.submit("/petugas/akun", "/petugas/akun/totp", form("kataSandi", "Sate Bandeng Banten 3"));
        String page = officer.page("/petugas/akun").getResponseBody();
        assertThat(page).contains("id=\"totp-qr\"", "src=\"data:image/png;base64,");
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        assertThat(qrCode(page)).as("what an authenticator app reads from the QR code").isEqualTo(
                "otpauth://totp/Sigap%20Kota%20Cilegon:akun-totp?secret=" + secret
                        + "&issuer=Sigap%20Kota%20Cilegon&algorithm=SHA1&digits=6&period=30");
        Document stored = database.getCollection("officers").find(eq("_id", "akun-totp")).first();
        assertThat(stored.toJson()).as("the secret is sealed").doesNotContain(secret);

        String right = TotpCodes.code(secret, clock, 0);
        EntityExchangeResult<String> wrong = officer.submit("/petugas/akun", "/petugas/akun/totp/konfirmasi",
                form("kode", right.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getResponseBody()).contains("kode salah", "id=\"totp-qr\"");
        assertThat(loginLocation("akun-totp", "Sate Bandeng Banten 3")).as("not active before confirmed")
                .isEqualTo("/petugas");

        EntityExchangeResult<String> confirmed = officer.submit("/petugas/akun", "/petugas/akun/totp/konfirmasi",
                form("kode", right));

        assertThat(confirmed.getResponseHeaders().getLocation()).hasToString("/petugas/akun?berhasil=totp-aktif");
        assertThat(officer.page("/petugas/akun").getResponseBody()).contains("id=\"totp-aktif\"")
                .doesNotContain(shown.group(1));
        Http next = new Http(port);
        assertThat(String.valueOf(next.submit("/masuk", "/masuk", form("username", "akun-totp", "password",
                "Sate Bandeng Banten 3")).getResponseHeaders().getLocation())).isEqualTo("/masuk/kode");
        assertThat(next.submit("/masuk/kode", "/masuk/kode", form("kode", TotpCodes.code(secret, clock, 1)))
                .getResponseHeaders().getLocation()).hasToString("/petugas");

        EntityExchangeResult<String> off = officer.submit("/petugas/akun", "/petugas/akun/totp/matikan",
                form("kataSandi", "Sate Bandeng Banten 3"));
        assertThat(off.getResponseHeaders().getLocation()).hasToString("/petugas/akun?berhasil=totp-mati");
        assertThat(loginLocation("akun-totp", "Sate Bandeng Banten 3")).isEqualTo("/petugas");
        assertThat(accounts.account("akun-totp").orElseThrow().history())
                .extracting(OfficerAccount.Change::kind)
                .containsSubsequence(OfficerAccount.ChangeKind.TOTP_ENABLED, OfficerAccount.ChangeKind.TOTP_TURNED_OFF);
    }

    /** Decodes the page's QR code the way a phone's camera does. */
    private static String qrCode(String page) {
        Matcher image = QR_IMAGE.matcher(page);
        assertThat(image.find()).isTrue();
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(picture)))).getText();
        } catch (IOException | NotFoundException e) {
            throw new AssertionError("The QR code cannot be read", e);
        }
    }

    @Test
    void the_administrator_keeps_an_account_too() {
        Http admin = officer("akun-admin", "Sate Bandeng Banten 4", OfficerRole.ADMIN);

        assertThat(admin.page("/petugas/akun").getResponseBody()).contains("Akun Saya", "akun-admin", "Admin");
    }

    @Test
    void the_account_forms_need_their_csrf_token() {
        Http officer = officer("akun-csrf", "Sate Bandeng Banten 5", OfficerRole.PETUGAS_PPID);
        officer.page("/petugas/akun");

        EntityExchangeResult<String> forged = officer.client().post().uri("/petugas/akun/kata-sandi")
                .cookie("SESSION", officer.cookie("SESSION")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form("kataSandiLama", "Sate Bandeng Banten 5",
                        "kataSandiBaru", "Rabeg Kambing Serang 6", "ulangiKataSandiBaru", "Rabeg Kambing Serang 6")))
                .exchange().expectBody(String.class).returnResult();

        assertThat(forged.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(loginLocation("akun-csrf", "Sate Bandeng Banten 5")).isEqualTo("/petugas");
    }
}
