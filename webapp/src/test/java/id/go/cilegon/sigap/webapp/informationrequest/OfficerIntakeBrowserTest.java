package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer at the desk enters a letter with a proxy and hands over the receipt, in a real headless Chromium. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerIntakeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Test
    void an_officer_records_a_letter_sent_through_a_proxy_and_gets_the_receipt() {
        accounts.save("uji-meja", "Petugas meja", "rahasia-meja", List.of(OfficerRole.PETUGAS_PPID));
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            // Logged in once the officer's first page is there: a page asked for sooner would cut the login short.
            Pages.logIn(page, url(""), "uji-meja", "rahasia-meja");
            page.get(url("/petugas/permohonan/baru"));

            page.findElement(By.id("catat")).click();
            assertThat(page.findElement(By.id("kesalahan")).getText()).contains("Tanggal dan jam diterima (WIB)");
            browser.screenshot("intake-01-kesalahan");

            page.findElement(By.cssSelector("input[name=saluran][value=SURAT]")).click();
            // A datetime-local input takes typed digits in the browser's own order; set its value as a form would.
            ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]",
                    page.findElement(By.id("diterimaPada")),
                    LocalDate.now().minusDays(7).format(DateTimeFormatter.ISO_LOCAL_DATE) + "T10:00");
            fill(page, "permohonan-nama", "Rina Marlina");
            fill(page, "permohonan-nomorIdentitas", "3672014101900005");
            fill(page, "permohonan-alamat", "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
            fill(page, "permohonan-telepon", "081234567890");
            fill(page, "permohonan-pekerjaan", "Karyawan swasta");
            fill(page, "kuasa-nama", "Ahmad Fauzi");
            fill(page, "kuasa-nik", "3672010101800001");
            fill(page, "kuasa-alamat", "Jl. Cilegon Baru 4");
            fill(page, "kuasa-telepon", "081299988877");
            fill(page, "kuasa-suratKuasa", "SK-12/2026 tanggal 2 Maret 2026");
            fill(page, "permohonan-informasiDiminta", "Rencana kerja Dinas Pendidikan tahun 2026");
            fill(page, "permohonan-tujuanPenggunaan", "Penelitian");
            browser.screenshot("intake-02-terisi");
            page.findElement(By.id("catat")).click();

            assertThat(page.findElement(By.id("nomor-pendaftaran")).getText()).matches("PPID/\\d{4}/\\d{6}");
            assertThat(page.findElement(By.id("kode-pelacakan")).getText()).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
            assertThat(page.findElement(By.id("penjelasan")).getText()).contains("10 hari kerja");
            assertThat(page.findElement(By.id("alamat-status")).getText()).startsWith(url("/status/"));
            browser.screenshot("intake-03-tanda-terima");

            page.findElement(By.id("ke-antrian")).click();
            assertThat(page.findElement(By.id("antrian")).getText()).contains("Rencana kerja Dinas Pendidikan");
        }
    }

    private static void fill(WebDriver page, String id, String text) {
        page.findElement(By.id(id)).clear();
        page.findElement(By.id(id)).sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
