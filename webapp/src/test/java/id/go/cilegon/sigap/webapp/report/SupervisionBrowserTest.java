package id.go.cilegon.sigap.webapp.report;

import static id.go.cilegon.sigap.webapp.support.Pages.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor opens the deadline view in a real browser, finds the overdue notice at the top, gives it to another
 * officer, escalates it to the Atasan PPID and filters the view down to that officer's cases.
 */
@SigapTest
class SupervisionBrowserTest {

    private static final String PASSWORD = "rahasia-pengawasan-1";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    OfficerAccounts accounts;

    @Test
    void a_supervisor_sees_every_running_clock_with_its_tier_and_a_unit_officer_may_not() {
        InformationRequestId lateId = InformationRequestId.newId();
        RegistrationNumber late = commands.sendAndWait(new RegisterInformationRequest(lateId,
                Channel.SURAT, Instant.now().minus(Duration.ofDays(30)), PersonalData.of(DataSubjectId.newId(),
                        new Requester("Pengawasan Uji", Requester.IdentityKind.NIK, "3672010101900097", "Jl. Uji 3",
                                "081200002222", null, "Guru")), "Rekap retribusi pasar 2025", "Penelitian",
                ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, TrackingCode.generate().hash()));
        ComplaintNumber complaint = commands.sendAndWait(new RegisterComplaint(ComplaintId.newId(), Channel.WEB,
                Instant.now(), null, false, "Lampu taman mati", "Taman kota gelap", ComplaintCategory.INFRASTRUKTUR,
                new Location("Cibeber", "Bulakan", null, null), List.of(), TrackingCode.generate().hash(), null));
        accounts.save("pengawasan-supervisor", "Supervisor pengawasan", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        accounts.save("pengawasan-dewi", "Dewi Pengawasan", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("pengawasan-pelaksana", "Pelaksana", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("SETDA"));

        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "pengawasan-supervisor", PASSWORD);
            Http supervisor = new Http(port);
            supervisor.logIn("pengawasan-supervisor", PASSWORD);
            String every = await().atMost(PATIENCE).until(() -> supervisor.listing("/petugas/pengawasan"),
                    clocks -> clocks.contains(complaint.value()) && clocks.contains(late.value()));
            assertThat(every.indexOf(late.value())).as("the overdue notice comes before the fresh complaint")
                    .isLessThan(every.indexOf(complaint.value()));
            assertThat(every).contains("Pemberitahuan tertulis", "Verifikasi");

            // The clocks come fifty to a page; the supervisor narrows them to the late notices to act on one.
            page.get(url("/petugas/pengawasan?jenis=PERMOHONAN&tingkat=OVERDUE"));
            new WebDriverWait(page, PATIENCE).until(driver -> driver.getPageSource().contains(late.value()));
            assertThat(page.findElement(By.id("ringkasan-PERMOHONAN")).getText()).containsPattern("[1-9]\\d* terlambat");
            assertThat(page.findElement(By.id("beban")).getText()).contains("PPID");
            browser.screenshot("pengawasan-01-supervisor");

            WebElement lateRow = page.findElement(By.id("kasus-PERMOHONAN-" + lateId.value()));
            Select handlers = new Select(lateRow.findElement(By.name("petugas")));
            assertThat(handlers.getFirstSelectedOption().getText()).as("nobody is chosen for a case nobody handles")
                    .isEqualTo("— pilih petugas —");
            handlers.selectByVisibleText("Dewi Pengawasan");
            Pages.submit(page, lateRow.findElement(By.cssSelector("form.assign button")));
            new WebDriverWait(page, PATIENCE).until(driver -> !Pages.absent(driver, "berhasil"));
            assertThat(page.findElement(By.id("kasus-PERMOHONAN-" + lateId.value())).getText())
                    .contains("Dewi Pengawasan");
            assertThat(page.findElement(By.id("beban-petugas")).getText()).contains("Dewi Pengawasan");

            Pages.submit(page, page.findElement(By.id("kasus-PERMOHONAN-" + lateId.value()))
                    .findElement(By.cssSelector("form.escalate button")));
            new WebDriverWait(page, PATIENCE).until(driver -> !Pages.absent(driver, "berhasil"));
            assertThat(page.findElement(By.id("kasus-PERMOHONAN-" + lateId.value())).getText())
                    .contains("menunggu Atasan PPID");

            new Select(page.findElement(By.id("saring-petugas"))).selectByVisibleText("Dewi Pengawasan");
            Pages.submit(page, page.findElement(By.cssSelector("#saring button")));
            new WebDriverWait(page, PATIENCE).until(driver -> !Pages.absent(driver, "tersaring"));
            assertThat(page.findElement(By.id("jam")).getText()).contains(late.value())
                    .doesNotContain(complaint.value());
            page.executeScript("document.getElementById('jam').scrollIntoView()");
            browser.screenshot("pengawasan-02-ditugaskan");

            page.findElement(By.id("ke-kepatuhan")).click();
            new WebDriverWait(page, PATIENCE).until(driver -> !Pages.absent(driver, "grafik"));
            assertThat(page.findElement(By.id("kepatuhan")).getText()).contains("November");
            assertThat(page.findElements(By.cssSelector("#grafik rect.bar"))).hasSize(12);
            browser.screenshot("pengawasan-03-kepatuhan");
        }

        Http unitOfficer = new Http(port);
        unitOfficer.logIn("pengawasan-pelaksana", PASSWORD);
        assertThat(unitOfficer.page("/petugas/pengawasan").getStatus().value()).isEqualTo(403);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
