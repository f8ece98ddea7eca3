package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
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

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

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
    void a_citizen_on_a_phone_answers_the_question_of_the_ppid_and_later_files_a_keberatan() {
        CitizenCases cases = new CitizenCases(new Http(port).client(), commands, queries);
        CitizenCases.Case asked = cases.askedToComplete();
        try (Browser browser = Browser.open(360, 740)) {
            WebDriver page = browser.driver();
            page.get(url(asked.statusPage()));
            new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> {
                driver.navigate().refresh();
                return !driver.findElements(By.id("pertanyaan-kelengkapan")).isEmpty();
            });
            assertThat(page.findElement(By.id("pertanyaan-kelengkapan")).getText()).isEqualTo(CitizenCases.QUESTION);
            assertThat(page.findElement(By.id("langkah-clarification")).getText())
                    .contains("berhenti sampai Anda menjawab");
            ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("document.getElementById('langkah').scrollIntoView()");
            browser.screenshot("06-ponsel-permintaan-kelengkapan");
            assertNoSidewaysScrolling(page);

            page.findElement(By.id("kirim-kelengkapan")).click();
            assertThat(page.findElement(By.id("kesalahan")).getText()).contains("Jawaban Anda: wajib diisi");
            fill(page, "jawaban", "Keduanya, SD dan SMP negeri.");
            page.findElement(By.id("kirim-kelengkapan")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("kelengkapan=1"));
            assertThat(page.findElement(By.id("konfirmasi")).getText()).contains("Jawaban Anda sudah diterima");
            assertThat(page.findElement(By.id("langkah-notice")).getText())
                    .contains("PPID wajib memberi pemberitahuan tertulis paling lambat");
            assertThat(page.findElement(By.id("riwayat")).getText()).contains("Anda melengkapi permohonan");
            browser.screenshot("07-ponsel-kelengkapan-terjawab");
            ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("document.getElementById('langkah').scrollIntoView()");
            browser.screenshot("07b-ponsel-langkah-berikutnya");

            commands.sendAndWait(new SendWrittenNotice(asked.requestId(), CitizenCases.refusal(),
                    CitizenCases.OFFICER));
            new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> {
                driver.navigate().refresh();
                return !driver.findElements(By.id("ajukan-keberatan")).isEmpty();
            });
            assertThat(page.findElements(By.id("alasan-a"))).hasSize(1);
            assertThat(page.findElements(By.id("alasan-c"))).isEmpty();
            page.findElement(By.id("alasan-a")).click();
            fill(page, "kasusPosisi", "Data ini saya perlukan untuk memilih sekolah; alamat boleh dihitamkan.");
            ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("document.getElementById('ajukan-keberatan').scrollIntoView()");
            browser.screenshot("08-ponsel-formulir-keberatan");
            assertNoSidewaysScrolling(page);
            page.findElement(By.id("kirim-keberatan")).click();

            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("keberatan=1"));
            assertThat(page.findElement(By.id("nomor-keberatan")).getText()).matches("KEBERATAN/\\d{4}/\\d{6}");
            assertThat(page.findElement(By.id("langkah-objection-answer")).getText())
                    .contains("Atasan PPID wajib memberi tanggapan tertulis");
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Keberatan diajukan kepada Atasan PPID");
            browser.screenshot("09-ponsel-keberatan-tercatat");
            ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("document.getElementById('riwayat').scrollIntoView()");
            browser.screenshot("10-ponsel-riwayat");
            assertNoSidewaysScrolling(page);
        }
    }

    /** A citizen on a narrow phone reads the page top to bottom; nothing may stick out to the side. */
    private static void assertNoSidewaysScrolling(WebDriver page) {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
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
