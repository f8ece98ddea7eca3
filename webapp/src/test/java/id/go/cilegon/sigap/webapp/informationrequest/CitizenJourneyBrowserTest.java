package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The main journeys in a real headless Chromium: a citizen on a phone, an officer on a desktop. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CitizenJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Test
    void a_citizen_on_a_phone_submits_the_form_and_reads_the_status_page() {
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver page = browser.driver();
            page.get(url("/"));
            browser.screenshot("01-beranda-ponsel");
            page.findElement(By.linkText("Isi formulir")).click();

            page.findElement(By.id("kirim")).click();
            assertThat(page.findElement(By.id("kesalahan")).getText()).contains("wajib diisi");
            browser.screenshot("02-formulir-dengan-kesalahan");

            fill(page, "nama", "Rina Marlina");
            fill(page, "nomorIdentitas", "3672014101900005");
            fill(page, "alamat", "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
            fill(page, "telepon", "081234567890");
            fill(page, "pekerjaan", "Karyawan swasta");
            fill(page, "informasiDiminta", "Daftar sekolah negeri penerima dana BOS daerah tahun 2026");
            fill(page, "tujuanPenggunaan", "Memilih sekolah untuk anak");
            page.findElement(By.cssSelector("input[name=caraMemperoleh][value=SALINAN_HARDCOPY]")).click();
            page.findElement(By.cssSelector("input[name=caraMendapatkanSalinan][value=DIAMBIL_LANGSUNG]")).click();
            page.findElement(By.id("kirim")).click();

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Permohonan Anda sudah terdaftar");
            assertThat(page.findElement(By.id("nomor-pendaftaran")).getText()).matches("PPID/\\d{4}/\\d{6}");
            String code = page.findElement(By.id("kode-pelacakan")).getText();
            assertThat(code).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
            assertThat(page.findElement(By.id("batas-waktu")).getText()).contains("hari kerja");
            assertThat(page.findElement(By.id("penjelasan")).getText()).contains("10 hari kerja");
            browser.screenshot("03-status-terdaftar");

            page.get(url("/status"));
            fill(page, "kode", code.toLowerCase());
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            assertThat(page.findElement(By.id("status")).getText()).contains("Diterima");

            page.get(url("/status/" + code.replace("-", "") + "?lang=en"));
            assertThat(page.findElement(By.id("status")).getText()).contains("Received");
            browser.screenshot("04-status-english");

            page.get(url("/status/" + code.replace("-", "") + "?lang=id"));
            fill(page, "alasan", "Sudah tidak diperlukan");
            browser.screenshot("04b-status-sebelum-batal");
            page.findElement(By.id("batalkan")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("dibatalkan"));
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Dibatalkan oleh pemohon");
            assertThat(page.findElements(By.id("batalkan"))).isEmpty();
        }
    }

    @Test
    void an_officer_logs_in_sees_the_queue_and_logs_out() {
        accounts.save("uji-browser", "Petugas uji", "rahasia-uji-456", List.of(OfficerRole.PETUGAS_PPID));
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(url("/petugas/permohonan"));
            assertThat(page.getCurrentUrl()).endsWith("/masuk");
            fill(page, "username", "uji-browser");
            fill(page, "password", "rahasia-uji-456");
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/petugas/permohonan"));

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Antrian Permohonan Informasi");
            browser.screenshot("05-antrian-petugas");

            page.findElement(By.cssSelector("header form button")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/masuk?keluar"));
            page.get(url("/petugas/permohonan"));
            assertThat(page.getCurrentUrl()).endsWith("/masuk");
        }
    }

    private static void fill(WebDriver page, String id, String value) {
        page.findElement(By.id(id)).clear();
        page.findElement(By.id(id)).sendKeys(value);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
