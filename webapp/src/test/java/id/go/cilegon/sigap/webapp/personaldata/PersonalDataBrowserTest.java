package id.go.cilegon.sigap.webapp.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an officer reveals a requester's whole data for a reason, a supervisor finds that read in the
 * access log, and the admin finds the person by NIK for their request.
 */
@SigapTest
class PersonalDataBrowserTest {

    private static final String PASSWORD = "rahasia-pdp-peramban-1";
    private static final String REASON = "Menelepon pemohon untuk kelengkapan berkas";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    QueryGateway queries;

    @Test
    void a_reveal_for_a_reason_shows_up_in_the_access_log_and_the_admin_finds_the_person() {
        accounts.save("peramban-pdp-petugas", "Petugas PDP", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("peramban-pdp-supervisor", "Supervisor PDP", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        accounts.save("peramban-pdp-admin", "Admin PDP", PASSWORD, List.of(OfficerRole.ADMIN));
        People.Person person = People.someone("Peramban");
        People.Filed filed = People.files(person, new Http(port), queries);

        try (Browser browser = Browser.open(390, 1400)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "peramban-pdp-petugas", PASSWORD);
            page.get(url("/petugas/permohonan/" + filed.requestId()));
            assertThat(page.findElement(By.id("pemohon")).getText()).contains(Masked.nik(person.nik()))
                    .doesNotContain(person.nik());
            page.findElement(By.id("buka-data")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.urlContains("/data-pribadi"));
            browser.screenshot("pdp-01-tersamar");
            page.findElement(By.id("alasan")).sendKeys(REASON);
            page.findElement(By.id("tampilkan")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("terbuka")));
            assertThat(page.findElement(By.tagName("main")).getText()).contains(person.nik(), person.phone());
            browser.screenshot("pdp-02-terbuka");
        }

        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "peramban-pdp-supervisor", PASSWORD);
            page.get(url("/petugas/akses-data?tindakan=BUKA_DATA&nomor=" + filed.requestNumber()));
            assertThat(page.findElement(By.id("log-akses")).getText()).contains("peramban-pdp-petugas", REASON);
            browser.screenshot("pdp-03-log-akses");
        }

        try (Browser browser = Browser.open(1280, 1400)) {
            ChromeDriver page = browser.driver();
            page.get(url("/masuk"));
            page.findElement(By.id("username")).sendKeys("peramban-pdp-admin");
            page.findElement(By.id("password")).sendKeys(PASSWORD);
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.urlContains("/admin"));
            page.get(url("/admin/data-pribadi"));
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                page.findElement(By.id("cari")).clear();
                page.findElement(By.id("cari")).sendKeys(person.nik());
                page.findElement(By.cssSelector("form[role=search] button")).click();
                return !page.findElements(By.id("permintaan")).isEmpty();
            });
            assertThat(page.findElement(By.id("permintaan")).getText()).contains(person.name(),
                    filed.requestNumber(), filed.complaintNumber());
            browser.screenshot("pdp-04-permintaan-subjek");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
