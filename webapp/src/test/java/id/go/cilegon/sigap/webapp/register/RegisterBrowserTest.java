package id.go.cilegon.sigap.webapp.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The officer's register in a real headless Chromium on a desktop: the wide table scrolls inside its box. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegisterBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    Clock clock;

    @Test
    void an_officer_reads_the_wide_register_scrolling_the_table_not_the_page() {
        int year = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        accounts.save("uji-register-browser", "Petugas Register", "rahasia-register-789",
                List.of(OfficerRole.PETUGAS_PPID));
        InformationRequestId id = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(id, Channel.SURAT, clock.instant(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Siti Rahmawati Layar", Requester.IdentityKind.NIK,
                        "3672014101900077", "Jl. Sultan Ageng Tirtayasa No. 10, Kelurahan Kotabumi, Cilegon",
                        "081234567877", "siti.layar@example.org", "Karyawan swasta")),
                "Rincian realisasi anggaran perbaikan jalan lingkungan per kelurahan tahun 2025 beserta nama "
                        + "penyedia jasa dan nilai kontraknya", "Pengawasan anggaran oleh warga",
                ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, "hash-" + id.value()));
        commands.sendAndWait(new SendWrittenNotice(id, new WrittenNotice(true, null,
                NoticeDecision.DIKABULKAN_SEBAGIAN, List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("Kontrak 2025"), "UU 14/2008 Pasal 17 huruf h", "Privasi penyedia",
                        Period.ofYears(2)), "Rekap realisasi per kelurahan", List.of(new Redaction("NIK penyedia",
                        ExemptionGround.H_RAHASIA_PRIBADI, "Data pribadi")), ObtainMethod.SALINAN_SOFTCOPY,
                "PDF, 12 halaman", DeliveryMethod.EMAIL, new Cost(15000, "Transfer ke kas daerah"),
                "pemberitahuan-tertulis/v1"), OfficerId.of("uji-register-browser")));

        try (Browser browser = Browser.open(1366, 900)) {
            WebDriver page = browser.driver();
            page.get(url("/petugas/register/permohonan"));
            assertThat(page.getCurrentUrl()).endsWith("/masuk");
            page.findElement(By.id("username")).sendKeys("uji-register-browser");
            page.findElement(By.id("password")).sendKeys("rahasia-register-789");
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/petugas"));

            new WebDriverWait(page, Duration.ofSeconds(15)).until(driver -> {
                driver.get(url("/petugas/register/permohonan?lang=id"));
                return driver.getPageSource().contains("Siti Rahmawati Layar");
            });
            new Select(page.findElement(By.id("status"))).selectByValue("DIKABULKAN_SEBAGIAN");
            page.findElement(By.cssSelector("form.register-filter button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("status="));

            assertThat(page.getCurrentUrl()).contains("tahun=" + year).doesNotContain("_csrf");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Register Permohonan Informasi Publik Tahun " + year);
            assertThat(page.findElement(By.id("register")).getText()).contains("Siti Rahmawati Layar",
                    "Dikabulkan sebagian", "Pasal 17 huruf h UU KIP", "Rp15.000 - Transfer ke kas daerah");
            browser.settle();
            JavascriptExecutor script = (JavascriptExecutor) page;
            Boolean tableScrolls = (Boolean) script.executeScript("const box = document.querySelector('.register-wrap');"
                    + " return box.scrollWidth > box.clientWidth;");
            Boolean pageScrolls = (Boolean) script.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(tableScrolls).as("the wide table scrolls inside its box").isTrue();
            assertThat(pageScrolls).as("the page itself does not scroll sideways").isFalse();
            browser.screenshot("register-01-permohonan-petugas");

            script.executeScript("document.querySelector('.register-wrap').scrollLeft = 1400;");
            browser.screenshot("register-02-permohonan-petugas-digeser");

            page.get(url("/register/permohonan"));
            assertThat(page.findElement(By.id("register")).getText()).contains("Rincian realisasi anggaran")
                    .doesNotContain("Siti Rahmawati Layar");
            browser.screenshot("register-03-permohonan-publik");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
