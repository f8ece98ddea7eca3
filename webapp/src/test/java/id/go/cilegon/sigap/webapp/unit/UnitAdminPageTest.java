package id.go.cilegon.sigap.webapp.unit;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnitAdminPageTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    private static MultiValueMap<String, String> unit(String code, String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kode", code);
        form.add("nama", name);
        return form;
    }

    @Test
    void an_admin_adds_a_unit_and_deactivates_it_without_losing_it() {
        accounts.save("uji-admin", "Admin uji", "rahasia-admin-1", List.of(OfficerRole.ADMIN));
        Http admin = new Http(port);
        admin.logIn("uji-admin", "rahasia-admin-1");

        EntityExchangeResult<String> added = admin.submit("/admin/unit", "/admin/unit",
                unit("DINKES", "Dinas Kesehatan"));

        assertThat(added.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(units.find("DINKES")).contains(new Units.Unit("DINKES", "Dinas Kesehatan", true));

        admin.submit("/admin/unit", "/admin/unit/DINKES/aktif", new LinkedMultiValueMap<>());

        assertThat(units.find("DINKES")).contains(new Units.Unit("DINKES", "Dinas Kesehatan", false));
        assertThat(units.active()).extracting(Units.Unit::code).doesNotContain("DINKES");
        assertThat(admin.page("/admin/unit").getResponseBody()).contains("Dinas Kesehatan", "Nonaktif");
    }

    @Test
    void a_malformed_code_is_refused_with_its_message_and_nothing_is_saved() {
        accounts.save("uji-admin-2", "Admin uji", "rahasia-admin-2", List.of(OfficerRole.ADMIN));
        Http admin = new Http(port);
        admin.logIn("uji-admin-2", "rahasia-admin-2");

        EntityExchangeResult<String> refused = admin.submit("/admin/unit", "/admin/unit", unit("dinas kes", "D"));

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getResponseBody())
                .contains("gunakan huruf besar, angka dan tanda -", "antara 3 dan 150 karakter");
        assertThat(units.find("dinas kes")).isEmpty();
    }

    @Test
    void an_officer_who_is_not_an_admin_cannot_open_the_unit_list() {
        accounts.save("uji-bukan-admin", "Petugas uji", "rahasia-petugas-3", List.of(OfficerRole.PETUGAS_PPID));
        Http officer = new Http(port);
        officer.logIn("uji-bukan-admin", "rahasia-petugas-3");

        assertThat(officer.page("/admin/unit").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
