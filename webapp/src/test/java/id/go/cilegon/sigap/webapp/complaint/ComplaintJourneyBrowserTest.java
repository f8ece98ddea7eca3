package id.go.cilegon.sigap.webapp.complaint;

import static id.go.cilegon.sigap.webapp.support.Pages.PATIENCE;
import static id.go.cilegon.sigap.webapp.support.Pages.absent;
import static id.go.cilegon.sigap.webapp.support.Pages.act;
import static id.go.cilegon.sigap.webapp.support.Pages.assertDone;
import static id.go.cilegon.sigap.webapp.support.Pages.fill;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.complaint.attachment.PhoneFiles;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A complaint carried from the citizen's phone to their verdict, in three real headless Chromium windows (the
 * citizen's phone, the complaint desk, the public works unit), using nothing but the pages: intake with a photo,
 * verification, disposition, the unit's acceptance and answer, "not satisfied" reopening it, a second answer, and
 * "satisfied" closing it; the public page shows it without the complainant's name.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintJourneyBrowserTest {

    private static final String PASSWORD = "rahasia-jalan-aduan-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Test
    void a_complaint_goes_from_a_phone_to_a_satisfied_verdict_through_the_desk_and_the_unit() throws IOException {
        units.save(new Units.Unit("DPUTR", "Dinas Pekerjaan Umum dan Tata Ruang", true));
        accounts.save("jalan-petugas", "Petugas pengaduan", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("jalan-dputr", "Penghubung DPUTR", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DPUTR"));
        Path photo = Files.createTempFile("lubang", ".jpg");
        Files.write(photo, PhoneFiles.jpegWithGps());

        try (Browser citizen = Browser.open(360, 740); Browser deskWindow = Browser.open(1280, 900);
                Browser unitWindow = Browser.open(1280, 900)) {
            WebDriver phone = citizen.driver();
            phone.get(url("/pengaduan"));
            WebElement main = phone.findElement(By.tagName("main"));
            fill(main, "judul", "Jalan berlubang di depan SD Negeri Bagendung");
            fill(main, "uraian", "Lubang selebar satu meter di tengah jalan; motor sering terperosok saat hujan.");
            new Select(main.findElement(By.id("kategori"))).selectByValue("INFRASTRUKTUR");
            new Select(main.findElement(By.id("kecamatan"))).selectByValue("Cilegon");
            new Select(main.findElement(By.id("kelurahan"))).selectByValue("Bagendung");
            fill(main, "nama", "Sri Wahyuni");
            fill(main, "telepon", "081377778888");
            main.findElement(By.id("lampiran")).sendKeys(photo.toString());
            citizen.screenshot("pengaduan-01-ponsel-formulir");
            phone.findElement(By.id("kirim")).click();
            new WebDriverWait(phone, PATIENCE).until(page -> !absent(page, "kode-pelacakan")
                    || !absent(page, "kesalahan") || !page.getCurrentUrl().endsWith("/pengaduan"));
            assertThat(absent(phone, "kode-pelacakan")).as(phone.findElement(By.tagName("body")).getText()).isFalse();
            String number = phone.findElement(By.id("nomor-pengaduan")).getText();
            assertThat(number).matches("ADUAN/\\d{4}/\\d{6}");
            assertThat(phone.findElement(By.id("langkah")).getText()).contains("3 hari kerja");
            assertThat(phone.findElement(By.id("penjelasan")).getAttribute("textContent")).contains("hari kerja");
            String statusPage = url("/pengaduan/status/"
                    + phone.findElement(By.id("kode-pelacakan")).getText().replace("-", ""));
            citizen.screenshot("pengaduan-02-ponsel-diterima");
            assertNoSidewaysScrolling(citizen);

            WebDriver desk = deskWindow.driver();
            Pages.logIn(desk, url(""), "jalan-petugas", PASSWORD);
            desk.get(url("/petugas/pengaduan"));
            desk.findElement(By.id("saring-nomor")).sendKeys(number);
            desk.findElement(By.cssSelector("#saring button[type=submit]")).click();
            new WebDriverWait(desk, PATIENCE).until(page -> {
                page.navigate().refresh();
                return page.getPageSource().contains(number);
            });
            deskWindow.screenshot("pengaduan-03-antrian-verifikasi");
            desk.findElement(By.linkText(number)).click();
            assertThat(desk.findElement(By.id("pengadu")).getText()).contains("Sri Wahyuni");
            assertThat(desk.findElement(By.id("lampiran")).getText()).contains("image/jpeg");
            assertThat(absent(desk, "aksi-terima")).as("accepting is the unit's work").isTrue();
            String casePage = desk.getCurrentUrl();
            act(desk, "aksi-verifikasi", form -> fill(form, "catatan-verifikasi", "Ruas jalan kota, kewenangan DPUTR"));
            assertDone(desk, "diverifikasi");
            assertThat(desk.findElement(By.id("verifikasi-selesai")).getText()).as("the verification's clock, stopped")
                    .startsWith("Diverifikasi ");
            act(desk, "aksi-disposisi", form -> {
                form.findElement(By.id("unit-DPUTR")).click();
                fill(form, "instruksi", "Mohon ditinjau dan ditambal minggu ini.");
            });
            assertDone(desk, "Disposisi terkirim");
            assertThat(desk.findElement(By.id("disposisi")).getText()).contains("Dinas Pekerjaan Umum");
            deskWindow.screenshot("pengaduan-04-kasus-didisposisi");

            WebDriver unit = unitWindow.driver();
            Pages.logIn(unit, url(""), "jalan-dputr", PASSWORD);
            unit.get(url("/petugas/pengaduan?nomor=" + number));
            assertThat(unit.findElement(By.id("antrian-pengaduan")).getText()).contains(number);
            unitWindow.screenshot("pengaduan-05-antrian-unit");
            unit.get(casePage);
            assertThat(absent(unit, "aksi-disposisi")).as("disposing is the desk's work").isTrue();
            act(unit, "aksi-terima", form -> { });
            assertDone(unit, "Disposisi diterima");
            act(unit, "aksi-jawab", form -> fill(form, "jawaban", "Lubang sudah ditambal pada hari Rabu."));
            assertDone(unit, "Jawaban terkirim");

            phone.get(statusPage);
            assertThat(phone.findElement(By.id("isi-jawaban")).getText()).contains("ditambal pada hari Rabu");
            phone.findElement(By.id("tidak-puas")).click();
            phone.findElement(By.id("nilai-2")).click();
            fill(phone.findElement(By.id("penilaian")), "komentar", "Tambalan sudah retak lagi setelah hujan.");
            citizen.screenshot("pengaduan-06-ponsel-penilaian");
            phone.findElement(By.id("kirim-penilaian")).click();
            new WebDriverWait(phone, PATIENCE).until(ExpectedConditions.urlContains("dinilai=1"));
            assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("Sedang ditindaklanjuti");
            assertThat(phone.findElement(By.id("riwayat")).getText()).contains("dibuka kembali");

            unit.get(casePage);
            assertThat(unit.findElement(By.id("riwayat")).getText()).contains("Tambalan sudah retak lagi");
            act(unit, "aksi-jawab", form -> fill(form, "jawaban", "Ditambal ulang dengan aspal panas pada hari Jumat."));
            assertDone(unit, "Jawaban terkirim");
            unitWindow.screenshot("pengaduan-07-kasus-unit");

            phone.get(statusPage);
            phone.findElement(By.id("puas")).click();
            phone.findElement(By.id("nilai-5")).click();
            phone.findElement(By.id("kirim-penilaian")).click();
            new WebDriverWait(phone, PATIENCE).until(ExpectedConditions.urlContains("dinilai=1"));
            assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("Selesai");
            ((JavascriptExecutor) phone).executeScript("document.getElementById('riwayat').scrollIntoView()");
            citizen.screenshot("pengaduan-08-ponsel-selesai");
            assertNoSidewaysScrolling(citizen);

            phone.get(url("/pengaduan/publik?kecamatan=Cilegon"));
            String publicPage = phone.findElement(By.id("daftar-pengaduan")).getText();
            assertThat(publicPage).contains(number, "Ditambal ulang dengan aspal panas").doesNotContain("Sri Wahyuni");
            citizen.screenshot("pengaduan-09-ponsel-publik");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private static void assertNoSidewaysScrolling(Browser browser) {
        browser.settle();
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
