package id.go.cilegon.sigap.webapp.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.support.TotpCodes;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real headless Chromium: the admin creates an officer, who enrols an authenticator app from the QR code and
 * then logs in in two steps; the pages are photographed on the way.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    Clock clock;

    @Test
    void an_admin_creates_an_officer_who_enrols_totp_and_logs_in_in_two_steps() {
        units.save(new Units.Unit("SETDA", "Sekretariat Daerah", true));
        accounts.save("admin-peramban", "Admin Diskominfo", "Admin Peramban Uji 1", List.of(OfficerRole.ADMIN));
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            page.get(url("/masuk"));
            fill(page, "username", "admin-peramban");
            fill(page, "password", "Admin Peramban Uji 1");
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.urlContains("/admin/"));
            page.get(url("/admin/petugas"));
            fill(page, "namaPengguna", "lina.setda");
            fill(page, "nama", "Lina Herlina");
            page.findElement(By.cssSelector("input[name=peran][value=PPID_PELAKSANA]")).click();
            page.findElement(By.cssSelector("#unit option[value=SETDA]")).click();
            fill(page, "kataSandi", "Alun-alun Cilegon");
            page.findElement(By.cssSelector("#form-petugas button[type=submit]")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("kesalahan")));
            assertThat(page.findElement(By.id("kesalahan")).getText()).contains("cilegon");
            browser.screenshot("akun-01-petugas-kesalahan");
            fill(page, "kataSandi", "Alun-alun Kota Baja 9");
            page.findElement(By.cssSelector("#form-petugas button[type=submit]")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.urlContains("/admin/petugas/lina.setda"));
            assertThat(page.findElement(By.id("berhasil")).getText()).contains("Akun dibuat");
            assertThat(page.findElement(By.id("riwayat")).getText()).contains("admin-peramban", "SETDA");
            browser.screenshot("akun-02-petugas-ubah");
            page.get(url("/admin/petugas"));
            assertThat(page.findElement(By.id("petugas-lina.setda")).getText()).contains("Lina Herlina", "SETDA");
            browser.screenshot("akun-03-petugas-daftar");
        }

        try (Browser browser = Browser.open(412, 915)) {
            WebDriver phone = browser.driver();
            Pages.logIn(phone, url(""), "lina.setda", "Alun-alun Kota Baja 9");
            phone.get(url("/petugas/akun"));
            fill(phone, "kataSandi", "Alun-alun Kota Baja 9");
            phone.findElement(By.cssSelector("#form-totp-mulai button[type=submit]")).click();
            String secret = new WebDriverWait(phone, Pages.PATIENCE).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("totp-rahasia"))).getText();
            assertThat(phone.findElement(By.id("totp-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
            browser.screenshot("akun-04-totp-qr");
            fill(phone, "kode", TotpCodes.code(secret, clock, 0));
            phone.findElement(By.cssSelector("#form-totp-konfirmasi button[type=submit]")).click();
            new WebDriverWait(phone, Pages.PATIENCE).until(ExpectedConditions.urlContains("berhasil=totp-aktif"));
            assertThat(phone.findElement(By.id("berhasil")).getText()).contains("Verifikasi dua langkah aktif");
            browser.screenshot("akun-05-totp-aktif");

            phone.findElement(By.cssSelector("header form button")).click();
            new WebDriverWait(phone, Pages.PATIENCE).until(ExpectedConditions.urlContains("keluar"));
            assertThat(phone.findElement(By.id("sso")).getText()).contains("SSO Pemkot (uji)");
            browser.screenshot("akun-06-masuk-dengan-sso");
            fill(phone, "username", "lina.setda");
            fill(phone, "password", "Alun-alun Kota Baja 9");
            phone.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(phone, Pages.PATIENCE).until(ExpectedConditions.urlContains("/masuk/kode"));
            browser.screenshot("akun-07-masuk-kode");
            fill(phone, "kode", TotpCodes.code(secret, clock, 1));
            phone.findElement(By.cssSelector("main form button[type=submit]")).click();
            new WebDriverWait(phone, Pages.PATIENCE).until(ExpectedConditions.not(
                    ExpectedConditions.urlContains("/masuk")));
            assertThat(phone.getCurrentUrl()).contains("/petugas");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void fill(WebDriver page, String id, String text) {
        page.findElement(By.id(id)).clear();
        page.findElement(By.id(id)).sendKeys(text);
    }
}
