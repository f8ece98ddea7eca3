package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.go.cilegon.sigap.webapp.complaint.ComplaintHttpTest;
import id.go.cilegon.sigap.webapp.informationrequest.InformationRequestApiTest;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * WCAG 2.1 A and AA on the pages citizens and officers use most, checked by Deque's axe-core in a real browser: a
 * citizen on a phone (390 px) and an officer at a desk. Any violation fails the test with the rule, its impact, the
 * page and the elements, so what is wrong can be found. A page with known faults shows that the check sees them.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessibilityBrowserTest {

    private static final String PASSWORD = "rahasia-aksesibel-1";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Pattern REQUEST_LINK = Pattern.compile("href=\"(/petugas/permohonan/[0-9a-f-]{36})\"");
    private static final Pattern COMPLAINT_LINK = Pattern.compile("href=\"(/petugas/pengaduan/[0-9a-f-]{36})\"");
    private static final Pattern COMPLAINT_STATUS =
            Pattern.compile("\"halamanStatus\":\"(/pengaduan/status/[A-Z0-9]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void the_citizens_pages_on_a_phone_meet_wcag_2_1_aa() {
        String code = registeredRequest();
        String complaintStatus = filedComplaint();

        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.open(390, 844)) {
            for (String path : List.of("/", "/permohonan", "/pengaduan", "/status", "/status/" + code,
                    "/pengaduan/status", complaintStatus, "/pengaduan/publik", "/informasi-publik",
                    "/informasi-publik/dikecualikan", "/maklumat-pelayanan", "/statistik", "/register/permohonan",
                    "/register/keberatan", "/masuk")) {
                violations.addAll(check(browser, path));
            }
        }

        assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
    }

    @Test
    void the_officers_pages_meet_wcag_2_1_aa() {
        accounts.save("aksesibel-petugas", "Petugas Aksesibel", PASSWORD,
                List.of(OfficerRole.PETUGAS_PPID, OfficerRole.SUPERVISOR, OfficerRole.PETUGAS_MEDIA));
        accounts.save("aksesibel-admin", "Admin Aksesibel", PASSWORD, List.of(OfficerRole.ADMIN));
        registeredRequest();
        filedComplaint();
        Http officer = new Http(port);
        officer.logIn("aksesibel-petugas", PASSWORD);
        Matcher link = REQUEST_LINK.matcher(officer.listing("/petugas/permohonan"));
        assertThat(link.find()).as("a request in the queue").isTrue();
        Matcher complaint = COMPLAINT_LINK.matcher(officer.listing("/petugas/pengaduan"));
        assertThat(complaint.find()).as("a complaint in the queue").isTrue();

        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver desk = browser.driver();
            Pages.logIn(desk, url(""), "aksesibel-petugas", PASSWORD);
            for (String path : List.of("/petugas", "/petugas/permohonan", link.group(1), link.group(1) + "/kronologi",
                    "/petugas/permohonan/baru", "/petugas/pengaduan", complaint.group(1), "/petugas/pengaduan/baru",
                    "/petugas/pengawasan", "/petugas/kepatuhan", "/petugas/laporan", "/petugas/opini",
                    "/petugas/informasi", "/petugas/informasi/baru", "/petugas/isu", "/petugas/isu/baru",
                    "/petugas/notifikasi", "/petugas/akun", "/petugas/register/permohonan")) {
                violations.addAll(check(browser, path));
            }
        }
        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver desk = browser.driver();
            desk.get(url("/masuk"));
            desk.findElement(By.id("username")).sendKeys("aksesibel-admin");
            desk.findElement(By.id("password")).sendKeys(PASSWORD);
            desk.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(desk, Pages.PATIENCE).until(ExpectedConditions.urlContains("/admin"));
            for (String path : List.of("/admin/petugas", "/admin/unit", "/admin/topik", "/admin/data-pribadi")) {
                violations.addAll(check(browser, path));
            }
        }

        assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
    }

    @Test
    void the_check_finds_an_image_without_a_text_and_a_field_without_a_label() {
        try (Browser browser = Browser.open(390, 844)) {
            browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=id><head><title>Uji</title>"
                    + "</head><body><main><h1>Uji</h1><img src=%22data:,%22><input type=text></main></body></html>");
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());

            assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt", "label");
        }
    }

    /** A request registered through the public API; answers its tracking code. */
    private String registeredRequest() {
        Map<?, ?> receipt = new Http(port).client().post().uri("/api/v1/permohonan-informasi")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(InformationRequestApiTest.validRequest())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((String) receipt.get("kodePelacakan")).replace("-", "");
    }

    /** A complaint filed through the public API; answers its status page. */
    private String filedComplaint() {
        String receipt = new Http(port).postMultipart("/api/v1/pengaduan",
                ComplaintHttpTest.form("Lampu jalan padam di Ciwaduk", "Cilegon", "Ciwaduk"),
                MediaType.APPLICATION_JSON).getResponseBody();
        Matcher status = COMPLAINT_STATUS.matcher(receipt);
        assertThat(status.find()).as(receipt).isTrue();
        return status.group(1);
    }

    /** The page's violations, one line each: rule, impact, page, what is wrong and where. */
    private List<String> check(Browser browser, String path) {
        browser.driver().get(url(path));
        browser.settle();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertThat(results.isErrored()).as("axe ran on " + path).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> where = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                    .limit(5).toList();
            found.add(rule.getId() + " (" + rule.getImpact() + ") on " + path + ": " + rule.getHelp() + " " + where);
        }
        return found;
    }
}
