package id.go.cilegon.sigap.webapp.mediaissue;

import static id.go.cilegon.sigap.webapp.support.Pages.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A media officer carries an issue from a news article to a published, approved response in a real browser: logs
 * it, triages it as a krisis (the supervisor is notified at once), drafts a press release and submits it; the
 * supervisor approves it; the officer records the publication and closes the issue after monitoring.
 */
@SigapTest
class MediaIssueJourneyBrowserTest {

    private static final String PASSWORD = "rahasia-isu-media-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Test
    void an_article_becomes_a_published_approved_response() {
        units.save(new Units.Unit("DLH", "Dinas Lingkungan Hidup", true));
        accounts.save("jurnal-media", "Petugas Media Uji", PASSWORD, List.of(OfficerRole.PETUGAS_MEDIA));
        accounts.save("jurnal-supervisor", "Supervisor Uji", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        String url = "https://bantennews.example/" + UUID.randomUUID();

        String issuePage;
        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "jurnal-media", PASSWORD);
            assertThat(page.getCurrentUrl()).endsWith("/petugas/isu");
            page.findElement(By.id("catat-isu")).click();
            WebElement form = page.findElement(By.id("formulir-isu"));
            new Select(form.findElement(By.id("jenis"))).selectByValue("BERITA_DARING");
            Pages.fill(form, "media", "Banten News");
            Pages.fill(form, "tautan", url);
            Pages.fill(form, "judul", "Bau menyengat di Gerem, warga sesak napas");
            Pages.fill(form, "kutipan", "Warga menduga dari kawasan industri; belum ada keterangan resmi.");
            page.executeScript("arguments[0].value = '2026-01-05T07:30'", form.findElement(By.id("waktuTerbit")));
            Pages.fill(form, "jangkauan", "85000");
            form.findElement(By.id("kirim-isu")).click();
            Pages.assertDone(page, "Isu tercatat");
            issuePage = page.getCurrentUrl().replaceFirst("\\?.*$", "");
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Terdeteksi");
            assertThat(page.findElement(By.id("jangkauan")).getText()).isEqualTo("85.000");

            Pages.act(page, "aksi-triase", triage -> {
                Pages.fill(triage, "topik", "Pencemaran udara");
                new Select(triage.findElement(By.id("urgensi"))).selectByValue("KRISIS");
                new Select(triage.findElement(By.id("unit-triase"))).selectByValue("DLH");
            });
            Pages.assertDone(page, "Triase tersimpan");
            assertThat(page.findElement(By.id("krisis")).getText()).isEqualTo("Krisis");
            assertThat(page.findElement(By.id("batas-tanggapan")).getText()).isNotBlank();
            assertThat(page.findElement(By.id("triase-selesai")).getText()).as("the triage's clock, stopped")
                    .startsWith("Ditriase ");
            assertThat(Pages.absent(page, "tanggapan-keluar")).isTrue();
            browser.screenshot("isu-01-triase-krisis");

            Pages.act(page, "aksi-draf", draft -> {
                new Select(draft.findElement(By.id("jenisTanggapan"))).selectByValue("SIARAN_PERS");
                Pages.fill(draft, "judul", "DLH periksa sumber bau di Gerem");
                Pages.fill(draft, "isi", "DLH Kota Cilegon menurunkan tim pengukur kualitas udara ke Gerem.");
            });
            Pages.assertDone(page, "Draf tanggapan tersimpan");
            Pages.act(page, "aksi-ajukan", submit -> { });
            Pages.assertDone(page, "diajukan untuk persetujuan");
            assertThat(Pages.absent(page, "aksi-setujui")).as("the drafter is not offered the approval").isTrue();
        }

        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "jurnal-supervisor", PASSWORD);
            page.get(url("/petugas/notifikasi"));
            assertThat(page.findElement(By.tagName("main")).getText()).contains("Isu media KRISIS",
                    "Tanggapan isu media menunggu persetujuan");
            page.get(issuePage);
            assertThat(page.findElement(By.id("versi-1")).getText()).contains("DLH periksa sumber bau di Gerem");
            browser.screenshot("isu-02-persetujuan");
            Pages.act(page, "aksi-setujui", approve -> Pages.fill(approve, "catatan-setuju", "Sesuai data DLH."));
            Pages.assertDone(page, "Tanggapan disetujui");
        }

        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "jurnal-media", PASSWORD);
            page.get(issuePage);
            Pages.act(page, "aksi-publikasi", publication -> {
                Pages.fill(publication, "tempat", "Situs resmi Pemkot Cilegon");
                page.executeScript("arguments[0].value = '2026-01-05T10:00'",
                        publication.findElement(By.id("waktuTerbit")));
                Pages.fill(publication, "tautan", "https://cilegon.example/siaran-pers/gerem");
            });
            Pages.assertDone(page, "Publikasi tercatat");
            assertThat(page.findElement(By.id("tanggapan-keluar")).getText()).as("the response's clock, stopped")
                    .startsWith("Tanggapan keluar ").contains("10.00");
            Pages.act(page, "aksi-pantau", note -> Pages.fill(note, "catatan", "Tiga media memuat ulang rilis."));
            Pages.assertDone(page, "Catatan pemantauan tersimpan");
            Pages.act(page, "aksi-tutup", close -> Pages.fill(close, "kesimpulan", "Warga tenang, bau hilang."));
            Pages.assertDone(page, "Isu ditutup");
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Selesai");
            assertThat(page.findElement(By.id("riwayat")).getText()).contains("Ditriase: urgensi Krisis",
                    "Tanggapan versi 1 disetujui.", "Tanggapan versi 1 keluar: Situs resmi Pemkot Cilegon.",
                    "Isu ditutup.");
            page.executeScript("document.getElementById('judul-publikasi').scrollIntoView()");
            browser.screenshot("isu-03-selesai");

            page.get(url("/petugas/isu?status=SELESAI"));
            new WebDriverWait(page, PATIENCE).until(driver -> !Pages.absent(driver, "antrian-isu"));
            assertThat(page.findElement(By.id("antrian-isu")).getText()).contains("Bau menyengat di Gerem");
            browser.screenshot("isu-04-daftar");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
