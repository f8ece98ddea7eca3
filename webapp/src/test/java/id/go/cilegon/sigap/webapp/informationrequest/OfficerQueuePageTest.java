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
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            String html = officer.listing(QUEUE);
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

        assertThat(petugas.listing(QUEUE + "?status=DIPROSES"))
                .contains(link(forwarded)).doesNotContain(link(fresh), link(decided));
        assertThat(petugas.listing(QUEUE + "?unit=ANTRIAN-A"))
                .contains(link(forwarded), "value=\"ANTRIAN-A\" selected=\"selected\"")
                .doesNotContain(link(fresh), link(decided));
        assertThat(petugas.listing(QUEUE + "?status=DITERIMA&unit=ANTRIAN-B"))
                .doesNotContain(link(forwarded), link(fresh), link(decided));

        // A fresh request has 10 hari kerja left (11 when it counts from the next working day).
        assertThat(petugas.listing(QUEUE + "?sisa=9"))
                .doesNotContain(link(forwarded), link(fresh), link(decided));
        assertThat(petugas.listing(QUEUE + "?sisa=11"))
                .contains(link(forwarded), link(fresh))
                .as("a request with its written notice no longer counts down").doesNotContain(link(decided));
        assertThat(petugas.listing(QUEUE)).contains(link(forwarded), link(fresh), link(decided));
    }

    @Test
    void a_ppid_pelaksana_sees_only_what_was_forwarded_to_their_own_unit() {
        Case ours = forwardedTo("ANTRIAN-A");
        Case theirs = forwardedTo("ANTRIAN-B");
        Case notForwarded = cases.registered();
        Http pelaksana = officer("antrian-pelaksana");

        lineOf(pelaksana, ours, "Dinas Antrian Satu");
        lineOf(officer("antrian-petugas"), theirs, "Dinas Antrian Dua");
        String html = pelaksana.listing(QUEUE);
        assertThat(html).contains("Anda melihat permohonan yang diteruskan kepada Dinas Antrian Satu.")
                .doesNotContain(link(theirs), link(notForwarded), "id=\"saring-unit\"");
        assertThat(pelaksana.listing(QUEUE + "?unit=ANTRIAN-B"))
                .contains(link(ours)).doesNotContain(link(theirs));

        assertThat(officer("antrian-pelaksana-tanpa-unit").listing(QUEUE))
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
        assertThat(ignored.getResponseBody()).contains("Clear filters");
        assertThat(petugas.listing(QUEUE + "?status=ENTAH&sisa=banyak&lang=en")).contains(link(fresh));
    }

    @Test
    void a_long_queue_comes_fifty_lines_to_a_page_with_the_way_to_the_others_and_a_search_by_number() {
        units.save(new Units.Unit("ANTRIAN-PANJANG", "Dinas Antrian Panjang", true));
        List<Case> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(forwardedTo("ANTRIAN-PANJANG"));
        }
        Http petugas = officer("antrian-petugas");
        String filter = QUEUE + "?unit=ANTRIAN-PANJANG";
        await().atMost(Duration.ofSeconds(20)).until(() -> petugas.listing(filter),
                html -> many.stream().allMatch(request -> html.contains(link(request))));

        String first = petugas.page(filter).getResponseBody();
        String second = petugas.page(filter + "&halaman=2").getResponseBody();

        assertThat(first.split("<tr>", -1)).as("a header and fifty lines").hasSize(52);
        assertThat(first).contains("Menampilkan 1–50 dari 51", "href=\"/petugas/permohonan?unit=ANTRIAN-PANJANG"
                + "&amp;halaman=2\" rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(second.split("<tr>", -1)).hasSize(3);
        assertThat(second).contains("Menampilkan 51–51 dari 51", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(petugas.page(filter + "&halaman=9").getResponseBody()).contains("Halaman ini kosong");
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver desk = browser.driver();
            Pages.logIn(desk, "http://localhost:" + port, "antrian-petugas", PASSWORD);
            desk.get("http://localhost:" + port + filter);
            desk.findElement(By.cssSelector("main > nav.pager a[rel=next]")).click();
            new WebDriverWait(desk, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("halaman=2"));
            assertThat(desk.findElement(By.cssSelector("main > nav.pager")).getText())
                    .contains("Menampilkan 51–51 dari 51", "Sebelumnya");
            browser.screenshot("31-antrian-halaman-2");
        }

        String number = registrationNumber(petugas, many.get(50));
        String found = petugas.page(QUEUE + "?nomor=" + number.toLowerCase()).getResponseBody();
        assertThat(found).contains(link(many.get(50))).doesNotContain(link(many.get(0)))
                .doesNotContain("rel=\"next\"");
    }

    private static String registrationNumber(Http officer, Case request) {
        String line = lineOf(officer, request, "PPID/");
        Matcher number = Pattern.compile("PPID/\\d{4}/\\d{6}").matcher(line);
        assertThat(number.find()).isTrue();
        return number.group();
    }
}
