package id.go.cilegon.sigap.webapp.informationlist;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The PPID lists a piece of information in a real browser, records the decision that exempts it after its
 * consequence test, and a citizen on a phone finds it, from the home page, in the public Daftar Informasi yang
 * Dikecualikan with its grounds and end.
 */
@SigapTest
class InformationListJourneyBrowserTest {

    private static final String PASSWORD = "rahasia-daftar-jurnal-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    Clock clock;

    @Test
    void listed_information_is_exempted_and_shown_in_the_public_dik() {
        units.save(new Units.Unit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", true));
        accounts.save("jurnal-daftar", "Petugas PPID Jurnal Daftar", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        String title = "Data kependudukan per alamat " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));

        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "jurnal-daftar", PASSWORD);
            page.get(url("/petugas/informasi"));
            Pages.submit(page, page.findElement(By.id("catat-informasi")));
            WebElement form = page.findElement(By.id("formulir-informasi"));
            Pages.fill(form, "judul", title);
            Pages.fill(form, "ringkasan", "Daftar penduduk per alamat, dengan NIK dan susunan keluarga.");
            new Select(form.findElement(By.id("kategori"))).selectByValue("SETIAP_SAAT");
            new Select(form.findElement(By.id("unit"))).selectByValue("DISDUKCAPIL");
            Pages.fill(form, "penanggungJawab", "Kepala Bidang Pelayanan Pendaftaran Penduduk");
            Pages.fill(form, "waktuTempat", "Cilegon, setiap bulan");
            form.findElement(By.id("bentuk-HARDCOPY")).click();
            Pages.fill(form, "retensi", "Selama berlaku");
            Pages.submit(page, form.findElement(By.id("kirim-informasi")));
            Pages.assertDone(page, "Informasi dicatat ke Daftar Informasi Publik");
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Terbuka (DIP)");
            assertThat(page.findElement(By.id("unit-penguasa")).getText())
                    .isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");

            Pages.act(page, "aksi-kecualikan", exemption -> {
                exemption.findElement(By.id("dasar-H_RAHASIA_PRIBADI")).click();
                exemption.findElement(By.id("dasar-J_DILARANG_UNDANG_UNDANG")).click();
                Pages.fill(exemption, "dokumen", "Basis data kependudukan SIAK\nKartu keluarga");
                Pages.fill(exemption, "dasarHukum", "UU 14/2008 Pasal 17 huruf h dan j; UU 24/2013 Pasal 79");
                Pages.fill(exemption, "analisis", "Membukanya mengungkap data pribadi penduduk; kepentingan "
                        + "publik terlayani oleh statistik agregat per kelurahan.");
                Pages.fill(exemption, "masa-tahun", "5");
                Pages.fill(exemption, "nomorPenetapan", "188.45/7-PPID/" + today.getYear());
                page.executeScript("arguments[0].value = arguments[1]",
                        exemption.findElement(By.id("tanggalPenetapan")), today.toString());
            });
            Pages.assertDone(page, "Penetapan pengecualian dicatat");
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Dikecualikan (DIK)");
            assertThat(page.findElement(By.id("dasar-pengecualian")).getText())
                    .isEqualTo("Pasal 17 huruf h (rahasia pribadi); Pasal 17 huruf j (dilarang undang-undang)");
            assertThat(page.findElement(By.id("riwayat")).getText()).contains("Dicatat ke Daftar Informasi Publik",
                    "Ditetapkan dikecualikan setelah uji konsekuensi", "Petugas PPID Jurnal Daftar");
            browser.screenshot("informasi-01-dikecualikan");
        }

        try (Browser phone = Browser.open(390, 844)) {
            ChromeDriver page = phone.driver();
            page.get(url("/"));
            Pages.submit(page, page.findElement(By.id("ke-dip")));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Daftar Informasi Publik");
            assertThat(page.findElement(By.tagName("main")).getText()).doesNotContain(title);
            Pages.submit(page, page.findElement(By.id("daftar-lain")));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Daftar Informasi yang Dikecualikan");
            String dik = page.findElement(By.id("daftar")).getText();
            assertThat(dik).contains(title, "Pasal 17 huruf h (rahasia pribadi)", "UU 24/2013 Pasal 79", "5 tahun")
                    .doesNotContain("Kartu keluarga");
            Long overflow = (Long) page.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("the list fits a phone's width").isLessThanOrEqualTo(0L);
            phone.screenshot("informasi-02-dik-ponsel");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
