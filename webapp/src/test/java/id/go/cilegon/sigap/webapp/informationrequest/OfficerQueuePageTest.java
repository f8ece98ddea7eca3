package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The officers' queue over real HTTP: each line leads to its case page, the filters narrow it down, and a PPID
 * Pelaksana sees only what was forwarded to their unit. The application is shared with other tests, so every
 * assertion is about the requests this test registered.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerQueuePageTest {

    private static final String PASSWORD = "rahasia-antrian-1";
    private static final String QUEUE = "/petugas/permohonan";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    private CitizenCases cases;

    @BeforeEach
    void accountsAndUnits() {
        units.save(new Units.Unit("ANTRIAN-A", "Dinas Antrian Satu", true));
        units.save(new Units.Unit("ANTRIAN-B", "Dinas Antrian Dua", true));
        accounts.save("antrian-petugas", "Petugas uji", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("antrian-pelaksana", "Pelaksana uji", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("ANTRIAN-A"));
        accounts.save("antrian-pelaksana-tanpa-unit", "Pelaksana tanpa unit", PASSWORD,
                List.of(OfficerRole.PPID_PELAKSANA));
        cases = new CitizenCases(new Http(port).client(), commands, queries);
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private Case forwardedTo(String unit) {
        Case request = cases.registered();
        commands.sendAndWait(new ForwardInformationRequest(request.requestId(), new UnitId(unit), "Mohon datanya",
                CitizenCases.OFFICER));
        return request;
    }

    private static String link(Case request) {
        return "href=\"/petugas/permohonan/" + request.requestId().value() + "\"";
    }

    /** The queue's line of {@code request}, once the read model shows it as {@code expected}. */
    private static String lineOf(Http officer, Case request, String expected) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            String html = officer.page(QUEUE).getResponseBody();
            int at = html.indexOf(link(request));
            return at < 0 ? "" : html.substring(at, html.indexOf("</tr>", at));
        }, line -> line.contains(expected));
    }

    @Test
    void each_line_leads_to_its_case_page_and_names_the_unit_it_was_forwarded_to() {
        Case forwarded = forwardedTo("ANTRIAN-A");
        Case fresh = cases.registered();
        Http petugas = officer("antrian-petugas");

        assertThat(lineOf(petugas, forwarded, "Dinas Antrian Satu")).contains("PPID/");
        assertThat(lineOf(petugas, fresh, "—")).doesNotContain("Dinas Antrian");

        EntityExchangeResult<String> casePage = petugas.page("/petugas/permohonan/" + forwarded.requestId().value());
        assertThat(casePage.getStatus().value()).isEqualTo(200);
        assertThat(casePage.getResponseBody()).contains("Dinas Antrian Satu");
    }

    @Test
    void the_filters_narrow_the_queue_by_status_by_unit_and_by_hari_kerja_left() {
        Case forwarded = forwardedTo("ANTRIAN-A");
        Case fresh = cases.registered();
        Case decided = cases.refusedAsExempt();
        Http petugas = officer("antrian-petugas");
        lineOf(petugas, forwarded, "Dinas Antrian Satu");
        lineOf(petugas, decided, "PPID/");

        assertThat(petugas.page(QUEUE + "?status=DIPROSES").getResponseBody())
                .contains(link(forwarded)).doesNotContain(link(fresh), link(decided));
        assertThat(petugas.page(QUEUE + "?unit=ANTRIAN-A").getResponseBody())
                .contains(link(forwarded), "value=\"ANTRIAN-A\" selected=\"selected\"")
                .doesNotContain(link(fresh), link(decided));
        assertThat(petugas.page(QUEUE + "?status=DITERIMA&unit=ANTRIAN-B").getResponseBody())
                .doesNotContain(link(forwarded), link(fresh), link(decided));

        // A fresh request has 10 hari kerja left (11 when it counts from the next working day).
        assertThat(petugas.page(QUEUE + "?sisa=9").getResponseBody())
                .doesNotContain(link(forwarded), link(fresh), link(decided));
        assertThat(petugas.page(QUEUE + "?sisa=11").getResponseBody())
                .contains(link(forwarded), link(fresh))
                .as("a request with its written notice no longer counts down").doesNotContain(link(decided));
        assertThat(petugas.page(QUEUE).getResponseBody()).contains(link(forwarded), link(fresh), link(decided));
    }

    @Test
    void a_ppid_pelaksana_sees_only_what_was_forwarded_to_their_own_unit() {
        Case ours = forwardedTo("ANTRIAN-A");
        Case theirs = forwardedTo("ANTRIAN-B");
        Case notForwarded = cases.registered();
        Http pelaksana = officer("antrian-pelaksana");

        lineOf(pelaksana, ours, "Dinas Antrian Satu");
        lineOf(officer("antrian-petugas"), theirs, "Dinas Antrian Dua");
        String html = pelaksana.page(QUEUE).getResponseBody();
        assertThat(html).contains("Anda melihat permohonan yang diteruskan kepada Dinas Antrian Satu.")
                .doesNotContain(link(theirs), link(notForwarded), "id=\"saring-unit\"");
        assertThat(pelaksana.page(QUEUE + "?unit=ANTRIAN-B").getResponseBody())
                .contains(link(ours)).doesNotContain(link(theirs));

        assertThat(officer("antrian-pelaksana-tanpa-unit").page(QUEUE).getResponseBody())
                .as("a PPID Pelaksana whose account has no unit sees no one's requests")
                .doesNotContain(link(ours), link(theirs), link(notForwarded));
    }

    @Test
    void in_a_browser_the_filters_are_chosen_from_lists_and_a_line_opens_its_case() {
        Case forwarded = forwardedTo("ANTRIAN-B");
        Case fresh = cases.registered();
        lineOf(officer("antrian-petugas"), forwarded, "Dinas Antrian Dua");
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver desk = browser.driver();
            desk.get("http://localhost:" + port + "/masuk");
            desk.findElement(By.id("username")).sendKeys("antrian-petugas");
            desk.findElement(By.id("password")).sendKeys(PASSWORD);
            desk.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(desk, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(QUEUE));

            new Select(desk.findElement(By.id("saring-status"))).selectByValue("DIPROSES");
            new Select(desk.findElement(By.id("saring-unit"))).selectByValue("ANTRIAN-B");
            desk.findElement(By.id("saring-sisa")).sendKeys("11");
            desk.findElement(By.cssSelector("#saring button[type=submit]")).click();
            new WebDriverWait(desk, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sisa=11"));
            browser.screenshot("30-antrian-disaring");

            String table = desk.findElement(By.id("antrian")).getAttribute("innerHTML");
            assertThat(table).contains(link(forwarded)).doesNotContain(link(fresh));
            desk.findElement(By.cssSelector("a[" + link(forwarded) + "]")).click();
            new WebDriverWait(desk, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(
                    forwarded.requestId().value()));
            assertThat(desk.findElement(By.id("unit")).getText()).isEqualTo("Dinas Antrian Dua");
        }
    }

    @Test
    void a_filter_value_that_is_not_a_choice_is_ignored_rather_than_refused() {
        Case fresh = cases.registered();
        Http petugas = officer("antrian-petugas");
        lineOf(petugas, fresh, "PPID/");

        EntityExchangeResult<String> ignored = petugas.page(QUEUE + "?status=ENTAH&sisa=banyak&lang=en");
        assertThat(ignored.getStatus().value()).isEqualTo(200);
        assertThat(ignored.getResponseBody()).contains(link(fresh), "Clear filters");
    }
}
