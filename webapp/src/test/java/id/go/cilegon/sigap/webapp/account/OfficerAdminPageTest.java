package id.go.cilegon.sigap.webapp.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccount;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.OfficerTotp;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.support.TotpCodes;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/** The admin keeps officer accounts at /admin/petugas; every change is recorded and takes effect at once. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerAdminPageTest {

    private static final String ADMIN_PASSWORD = "admin-petugas-uji-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    OfficerTotp totp;

    @Autowired
    Units units;

    @Autowired
    Clock clock;

    private Http admin(String username) {
        accounts.save(username, "Admin " + username, ADMIN_PASSWORD, List.of(OfficerRole.ADMIN));
        Http admin = new Http(port);
        admin.logIn(username, ADMIN_PASSWORD);
        return admin;
    }

    private static MultiValueMap<String, String> newOfficer(String username, String name, String password,
            String unit, String... roles) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("namaPengguna", username);
        form.add("nama", name);
        for (String role : roles) {
            form.add("peran", role);
        }
        form.add("unit", unit);
        form.add("identitasSso", "");
        form.add("kataSandi", password);
        return form;
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
    void an_admin_creates_a_ppid_pelaksana_who_then_logs_in_and_the_creation_is_recorded() {
        units.save(new Units.Unit("DINKES", "Dinas Kesehatan", true));
        Http admin = admin("admin-buat");

        EntityExchangeResult<String> created = admin.submit("/admin/petugas", "/admin/petugas", newOfficer(
                "rina.dinkes", "Rina Marlina", "Obat Puskesmas Pagi 7", "DINKES", "PPID_PELAKSANA"));

        assertThat(created.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/admin/petugas/rina.dinkes?berhasil=dibuat");
        OfficerAccount account = accounts.account("rina.dinkes").orElseThrow();
        assertThat(account.roles()).containsExactly(OfficerRole.PPID_PELAKSANA);
        assertThat(account.unit()).isEqualTo("DINKES");
        assertThat(account.history()).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("admin-buat");
            assertThat(change.kind()).isEqualTo(OfficerAccount.ChangeKind.CREATED);
        });
        String page = admin.page("/admin/petugas/rina.dinkes?berhasil=dibuat").getResponseBody();
        assertThat(page).contains("Akun dibuat.", "Riwayat perubahan", "admin-buat", "PPID_PELAKSANA")
                .doesNotContain("Obat Puskesmas Pagi 7");
        assertThat(admin.page("/admin/petugas").getResponseBody()).contains("rina.dinkes", "Rina Marlina");
        assertThat(loginLocation("rina.dinkes", "Obat Puskesmas Pagi 7")).isEqualTo("/petugas");
    }

    @Test
    void refused_input_shows_each_fields_message_and_creates_nothing() {
        Http admin = admin("admin-tolak");

        EntityExchangeResult<String> refused = admin.submit("/admin/petugas", "/admin/petugas", newOfficer(
                "Bukan Nama", "", "pendek", "", "PPID_PELAKSANA", "RAJA"));

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getResponseBody()).contains("gunakan huruf kecil, angka", "wajib diisi",
                "pilih peran dari daftar", "PPID Pelaksana harus mempunyai unit");
        assertThat(accounts.exists("Bukan Nama")).isFalse();

        EntityExchangeResult<String> weak = admin.submit("/admin/petugas", "/admin/petugas", newOfficer(
                "andi.lemah", "Andi Saputra", "Password12345", "", "PETUGAS_PPID"));
        assertThat(weak.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getResponseBody()).contains("paling sering dipakai");
        EntityExchangeResult<String> named = admin.submit("/admin/petugas", "/admin/petugas", newOfficer(
                "andi.lemah", "Andi Saputra", "andi.lemah-pagi-hari", "SETDA", "PETUGAS_PPID"));
        assertThat(named.getResponseBody()).contains("tidak boleh memuat nama pengguna",
                "unit hanya untuk PPID Pelaksana");
        assertThat(accounts.exists("andi.lemah")).isFalse();

        EntityExchangeResult<String> taken = admin.submit("/admin/petugas", "/admin/petugas", newOfficer(
                "admin-tolak", "Admin lain", "Gunung Karang Biru 7", "", "ADMIN"));
        assertThat(taken.getResponseBody()).contains("nama pengguna ini sudah dipakai");
        assertThat(accounts.account("admin-tolak").orElseThrow().displayName()).isEqualTo("Admin admin-tolak");
    }

    @Test
    void changing_an_officers_roles_is_recorded_and_ends_the_sessions_they_had() {
        Http admin = admin("admin-ubah");
        accounts.save("yusuf.ubah", "Yusuf", "Kapal Merak Bakauheni 3", List.of(OfficerRole.PETUGAS_PPID));
        Http yusuf = new Http(port);
        yusuf.logIn("yusuf.ubah", "Kapal Merak Bakauheni 3");

        EntityExchangeResult<String> changed = admin.submit("/admin/petugas/yusuf.ubah", "/admin/petugas/yusuf.ubah",
                form("nama", "Yusuf Hidayat", "peran", "PETUGAS_PPID", "peran", "SUPERVISOR", "unit", "",
                        "identitasSso", "yusuf@cilegon.go.id"));

        assertThat(changed.getResponseHeaders().getLocation()).hasToString("/admin/petugas/yusuf.ubah?berhasil=diubah");
        OfficerAccount account = accounts.account("yusuf.ubah").orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(OfficerRole.PETUGAS_PPID, OfficerRole.SUPERVISOR);
        assertThat(account.ssoIdentity()).isEqualTo("yusuf@cilegon.go.id");
        assertThat(account.latestFirst().get(0).fields()).extracting(OfficerAccount.FieldChange::field)
                .containsExactly("displayName", "roles", "ssoIdentity");
        assertThat(admin.page("/admin/petugas/yusuf.ubah").getResponseBody())
                .contains("PETUGAS_PPID → PETUGAS_PPID, SUPERVISOR", "Yusuf → Yusuf Hidayat");
        assertThat(yusuf.page("/petugas/notifikasi").getResponseHeaders().getLocation())
                .hasToString("/masuk?berakhir");
    }

    @Test
    void a_disabled_officer_cannot_log_in_and_their_open_session_stops_at_its_next_request() {
        Http admin = admin("admin-nonaktif");
        accounts.save("sari.nonaktif", "Sari", "Kapal Merak Bakauheni 4", List.of(OfficerRole.PETUGAS_PPID));
        Http sari = new Http(port);
        sari.logIn("sari.nonaktif", "Kapal Merak Bakauheni 4");

        admin.submit("/admin/petugas/sari.nonaktif", "/admin/petugas/sari.nonaktif/aktif", form("aktif", "false"));

        assertThat(accounts.account("sari.nonaktif").orElseThrow().enabled()).isFalse();
        assertThat(sari.page("/petugas/notifikasi").getResponseHeaders().getLocation()).hasToString("/masuk?berakhir");
        assertThat(loginLocation("sari.nonaktif", "Kapal Merak Bakauheni 4")).isEqualTo("/masuk?gagal");
        assertThat(admin.page("/admin/petugas/sari.nonaktif").getResponseBody()).contains("Akun dinonaktifkan");

        admin.submit("/admin/petugas/sari.nonaktif", "/admin/petugas/sari.nonaktif/aktif", form("aktif", "true"));
        assertThat(loginLocation("sari.nonaktif", "Kapal Merak Bakauheni 4")).isEqualTo("/petugas");
        assertThat(admin.submit("/admin/petugas/sari.nonaktif", "/admin/petugas/sari.nonaktif/aktif",
                form("aktif", "mungkin")).getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_password_reset_follows_the_policy_and_is_recorded_without_the_password() {
        Http admin = admin("admin-sandi");
        accounts.save("joko.sandi", "Joko Widodo", "Kapal Merak Bakauheni 5", List.of(OfficerRole.ATASAN_PPID));

        EntityExchangeResult<String> weak = admin.submit("/admin/petugas/joko.sandi",
                "/admin/petugas/joko.sandi/kata-sandi", form("kataSandi", "widodo-jaya"));
        assertThat(weak.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getResponseBody()).contains("panjang kata sandi harus 12 sampai 64 karakter",
                "tidak boleh memuat nama petugas");
        assertThat(loginLocation("joko.sandi", "Kapal Merak Bakauheni 5")).isEqualTo("/petugas");

        admin.submit("/admin/petugas/joko.sandi", "/admin/petugas/joko.sandi/kata-sandi",
                form("kataSandi", "Pantai Anyer Senja 8"));

        assertThat(loginLocation("joko.sandi", "Kapal Merak Bakauheni 5")).isEqualTo("/masuk?gagal");
        assertThat(loginLocation("joko.sandi", "Pantai Anyer Senja 8")).isEqualTo("/petugas");
        assertThat(accounts.account("joko.sandi").orElseThrow().latestFirst().get(0).kind())
                .isEqualTo(OfficerAccount.ChangeKind.PASSWORD_RESET);
        assertThat(admin.page("/admin/petugas/joko.sandi").getResponseBody())
                .contains("Kata sandi diatur ulang oleh admin").doesNotContain("Pantai Anyer Senja 8");
    }

    @Test
    void the_admin_ends_every_session_an_officer_has_open() {
        Http admin = admin("admin-sesi");
        accounts.save("rina.sesi", "Rina", "Menara Air Cilegon 4", List.of(OfficerRole.PETUGAS_PPID));
        assertThat(admin.page("/admin/petugas/rina.sesi").getResponseBody()).contains("Belum ada perubahan tercatat.");
        Http desk = new Http(port);
        desk.logIn("rina.sesi", "Menara Air Cilegon 4");
        Http phone = new Http(port);
        phone.logIn("rina.sesi", "Menara Air Cilegon 4");

        EntityExchangeResult<String> ended = admin.submit("/admin/petugas/rina.sesi", "/admin/petugas/rina.sesi/sesi",
                new LinkedMultiValueMap<>());

        assertThat(ended.getResponseHeaders().getLocation()).hasToString("/admin/petugas/rina.sesi?berhasil=sesi");
        assertThat(desk.page("/petugas/notifikasi").getResponseHeaders().getLocation()).hasToString("/masuk?berakhir");
        assertThat(phone.page("/petugas/notifikasi").getResponseHeaders().getLocation()).hasToString("/masuk?berakhir");
        assertThat(admin.page("/admin/petugas/rina.sesi?berhasil=sesi").getResponseBody())
                .contains("Semua sesi petugas ini diakhiri", "Sesi yang terbuka diakhiri");
        assertThat(loginLocation("rina.sesi", "Menara Air Cilegon 4")).isEqualTo("/petugas");
        assertThat(admin.submit("/admin/petugas/rina.sesi", "/admin/petugas/tidak-ada/sesi",
                new LinkedMultiValueMap<>()).getStatus()).as("an unknown officer").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_admin_resets_a_lost_second_factor() {
        Http admin = admin("admin-totp");
        accounts.save("tono.totp", "Tono", "Kapal Merak Bakauheni 6", List.of(OfficerRole.PETUGAS_PPID));
        String secret = totp.begin("tono.totp").secret();
        totp.confirm("tono.totp", TotpCodes.code(secret, clock, 0));
        assertThat(loginLocation("tono.totp", "Kapal Merak Bakauheni 6")).isEqualTo("/masuk/kode");

        admin.submit("/admin/petugas/tono.totp", "/admin/petugas/tono.totp/totp", new LinkedMultiValueMap<>());

        assertThat(totp.active("tono.totp")).isFalse();
        assertThat(loginLocation("tono.totp", "Kapal Merak Bakauheni 6")).isEqualTo("/petugas");
        EntityExchangeResult<String> again = admin.submit("/admin/petugas/tono.totp", "/admin/petugas/tono.totp/totp",
                new LinkedMultiValueMap<>());
        assertThat(again.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getResponseBody()).contains("tidak memakai TOTP");
    }

    @Test
    void the_last_active_admin_can_be_neither_disabled_nor_stripped_of_the_role() {
        Http admin = admin("admin-terakhir");
        List<String> others = new ArrayList<>();
        accounts.all().stream()
                .filter(account -> account.enabled() && account.has(OfficerRole.ADMIN)
                        && !account.username().equals("admin-terakhir"))
                .forEach(account -> {
                    others.add(account.username());
                    accounts.enable(account.username(), false, "uji");
                });
        try {
            EntityExchangeResult<String> disabled = admin.submit("/admin/petugas/admin-terakhir",
                    "/admin/petugas/admin-terakhir/aktif", form("aktif", "false"));
            assertThat(disabled.getStatus()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(disabled.getResponseBody()).contains("Admin aktif terakhir");

            EntityExchangeResult<String> stripped = admin.submit("/admin/petugas/admin-terakhir",
                    "/admin/petugas/admin-terakhir", form("nama", "Admin terakhir", "peran", "SUPERVISOR",
                            "unit", "", "identitasSso", ""));
            assertThat(stripped.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(accounts.account("admin-terakhir").orElseThrow())
                    .satisfies(account -> assertThat(account.enabled()).isTrue())
                    .satisfies(account -> assertThat(account.roles()).isEqualTo(Set.of(OfficerRole.ADMIN)));
        } finally {
            others.forEach(username -> accounts.enable(username, true, "uji"));
        }
    }

    @Test
    void a_form_sent_without_its_csrf_token_is_refused_and_changes_nothing() {
        Http admin = admin("admin-csrf");
        admin.page("/admin/petugas");

        EntityExchangeResult<String> forged = admin.client().post().uri("/admin/petugas")
                .cookie("SESSION", admin.cookie("SESSION")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(newOfficer("palsu.csrf", "Palsu", "Gunung Karang Biru 9", "",
                        "ADMIN"))).exchange().expectBody(String.class).returnResult();

        assertThat(forged.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(accounts.exists("palsu.csrf")).isFalse();
        assertThat(admin.page("/admin/petugas/tidak-ada").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
