package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * An officer who opens a page their role does not include is told so on a page of Sigap's, in Bahasa Indonesia first,
 * whether the path rules refused it or the page itself did; not an empty 403 the browser shows as its own error.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ForbiddenPageTest {

    private static final String PASSWORD = "rahasia-ditolak-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Test
    void a_page_outside_the_officers_role_answers_403_with_a_page_that_says_so() {
        accounts.save("ditolak-admin", "Admin Ditolak", PASSWORD, List.of(OfficerRole.ADMIN));
        accounts.save("ditolak-pelaksana", "Pelaksana Ditolak", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("SETDA"));
        Http admin = new Http(port);
        admin.logIn("ditolak-admin", PASSWORD);
        Http unitOfficer = new Http(port);
        unitOfficer.logIn("ditolak-pelaksana", PASSWORD);

        for (EntityExchangeResult<String> refused : List.of(admin.page("/petugas/pengawasan"),
                unitOfficer.page("/petugas/pengawasan"), unitOfficer.page("/admin/petugas"))) {
            assertThat(refused.getStatus().value()).isEqualTo(403);
            assertThat(refused.getResponseBody()).contains("<h1>Akses ditolak</h1>", "peran akun Anda",
                    "href=\"/\"");
        }
        assertThat(admin.page("/petugas/pengawasan?lang=en").getResponseBody()).contains("Access denied");
    }
}
