package id.go.cilegon.sigap.webapp.informationrequest;

import static id.go.cilegon.sigap.webapp.support.Pages.absent;
import static id.go.cilegon.sigap.webapp.support.Pages.act;
import static id.go.cilegon.sigap.webapp.support.Pages.assertDone;
import static id.go.cilegon.sigap.webapp.support.Pages.fill;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
 * The whole statutory journey in real browsers, nothing sent behind the pages' backs: a citizen on a phone files a
 * request, the PPID asks to complete it, the citizen answers, the PPID extends the deadline and grants in part, the
 * citizen files a keberatan, the Atasan PPID rejects it, and the PPID records the sengketa up to the Komisi
 * Informasi's decision — which the citizen then reads on the status page.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LifecycleJourneyBrowserTest {

    private static final String PASSWORD = "rahasia-perjalanan-1";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void a_request_goes_from_the_citizens_form_to_a_recorded_komisi_informasi_decision() throws Exception {
        accounts.save("perjalanan-petugas", "Petugas PPID", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("perjalanan-atasan", "Atasan PPID", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        String today = LocalDate.ofInstant(clock.instant(), calendar.zone()).toString();
        try (Browser citizen = Browser.open(390, 844); Browser officer = Browser.open(1280, 1000);
                Browser atasan = Browser.open(1280, 1000)) {
            WebDriver phone = citizen.driver();
            String statusPage = fileARequest(phone);

            WebDriver desk = officer.driver();
            Pages.logIn(desk, url(""), "perjalanan-petugas", PASSWORD);
            desk.get(url("/petugas/permohonan"));
            String number = phone.findElement(By.id("nomor-pendaftaran")).getText();
            desk.findElement(By.id("saring-nomor")).sendKeys(number);
            desk.findElement(By.cssSelector("#saring button[type=submit]")).click();
            new WebDriverWait(desk, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("nomor="));
            desk.findElement(By.linkText(number)).click();
            assertThat(desk.findElement(By.id("status")).getText()).startsWith("Diterima");
            assertThat(absent(desk, "aksi-tanggapan-atasan")).as("not the PPID's to answer").isTrue();
            officer.screenshot("20-kasus-baru");
            String casePage = desk.getCurrentUrl();

            act(desk, "aksi-minta-kelengkapan", form -> fill(form, "pertanyaan",
                    "Sebutkan jenjang sekolah yang dimaksud: SD, SMP, atau keduanya?"));
            assertDone(desk, "Permintaan kelengkapan tercatat");
            assertThat(desk.findElement(By.id("status")).getText()).startsWith("Menunggu kelengkapan");

            phone.get(statusPage);
            fill(phone.findElement(By.tagName("main")), "jawaban", "Keduanya, SD dan SMP negeri.");
            phone.findElement(By.id("kirim-kelengkapan")).click();
            new WebDriverWait(phone, PATIENCE).until(ExpectedConditions.urlContains("kelengkapan=1"));

            desk.get(casePage);
            assertThat(desk.findElement(By.id("riwayat")).getText()).contains("Keduanya, SD dan SMP negeri.");
            act(desk, "aksi-perpanjang", form -> fill(form, "alasan-perpanjangan",
                    "Data dihimpun dari 42 sekolah negeri."));
            assertDone(desk, "Batas waktu diperpanjang");
            assertThat(desk.findElement(By.id("penjelasan")).getAttribute("textContent")).contains("7 hari kerja");
            assertThat(absent(desk, "aksi-perpanjang")).as("an extension is given once").isTrue();

            act(desk, "aksi-pemberitahuan", form -> {
                new Select(form.findElement(By.id("keputusan"))).selectByValue("DIKABULKAN_SEBAGIAN");
                form.findElement(By.cssSelector("input[name=dasarPengecualian][value=H_RAHASIA_PRIBADI]")).click();
                fill(form, "dokumenUji", "Daftar penerima dana BOS daerah 2026");
                fill(form, "dasarHukum", "UU 14/2008 Pasal 17 huruf h");
                fill(form, "analisisKonsekuensi", "Membuka NIK siswa merugikan privasi anak.");
                fill(form, "jangkaWaktuTahun", "5");
                fill(form, "informasiDiberikan", "Daftar sekolah dan besaran dana BOS");
                fill(form, "bagianDihitamkan-0", "NIK siswa");
                new Select(form.findElement(By.id("dasarHitam-0"))).selectByValue("H_RAHASIA_PRIBADI");
                fill(form, "alasanHitam-0", "Data pribadi anak");
                fill(form, "bagianDihitamkan-1", "Penghasilan orang tua");
                new Select(form.findElement(By.id("dasarHitam-1"))).selectByValue("H_RAHASIA_PRIBADI");
                fill(form, "alasanHitam-1", "Data keuangan keluarga");
                new Select(form.findElement(By.id("caraMemperoleh"))).selectByValue("SALINAN_SOFTCOPY");
                fill(form, "format", "PDF");
                new Select(form.findElement(By.id("caraPenyampaian"))).selectByValue("EMAIL");
                officer.screenshot("21-formulir-pemberitahuan");
            });
            assertDone(desk, "Pemberitahuan tertulis terkirim");
            assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("Dikabulkan sebagian");
            assertThat(absent(desk, "aksi-pemberitahuan")).as("there is one notice").isTrue();
            officer.screenshot("22-pemberitahuan-terkirim");
            desk.get(casePage + "/pemberitahuan");
            assertThat(desk.findElement(By.tagName("body")).getText()).as("both rows of item (e) were sent")
                    .contains("NIK siswa", "Penghasilan orang tua", "Data keuangan keluarga");
            desk.get(casePage);

            Path blackedOut = Files.createTempFile("daftar-bos-", ".pdf");
            Files.write(blackedOut, ReleasedDocumentsHttpTest.pdf(120_000));
            act(desk, "aksi-dokumen", form -> form.findElement(By.id("berkas"))
                    .sendKeys(blackedOut.toAbsolutePath().toString()));
            assertDone(desk, "Berkas diberikan");
            assertThat(desk.findElement(By.id("panel-berkas")).getText()).contains("daftar-bos-", "118 KB");
            Files.delete(blackedOut);

            phone.get(statusPage);
            new WebDriverWait(phone, PATIENCE).until(page -> !page.findElements(By.id("berkas")).isEmpty());
            assertThat(phone.findElement(By.id("berkas")).getText()).contains("daftar-bos-", "118 KB");
            citizen.screenshot("22b-ponsel-berkas-informasi");
            new WebDriverWait(phone, PATIENCE).until(page -> !page.findElements(By.id("ajukan-keberatan")).isEmpty());
            phone.findElement(By.id("alasan-a")).click();
            fill(phone.findElement(By.tagName("main")), "kasusPosisi",
                    "Yang saya minta nama sekolah dan besaran dana, bukan NIK siswa.");
            phone.findElement(By.id("kirim-keberatan")).click();
            new WebDriverWait(phone, PATIENCE).until(ExpectedConditions.urlContains("keberatan=1"));
            String objectionNumber = phone.findElement(By.id("nomor-keberatan")).getText();
            assertThat(objectionNumber).matches("KEBERATAN/\\d{4}/\\d{6}");

            WebDriver atasanDesk = atasan.driver();
            Pages.logIn(atasanDesk, url(""), "perjalanan-atasan", PASSWORD);
            atasanDesk.get(casePage);
            assertThat(atasanDesk.findElement(By.id("panel-keberatan")).getText()).contains(objectionNumber);
            assertThat(absent(atasanDesk, "aksi-pemberitahuan")).isTrue();
            assertThat(atasanDesk.getPageSource()).as("a Pasal 17 refusal is not settled by agreement")
                    .doesNotContain("value=\"SETTLED_BY_AGREEMENT\"");
            atasan.screenshot("23-atasan-menanggapi");
            act(atasanDesk, "aksi-tanggapan-atasan", form -> {
                form.findElement(By.cssSelector("input[name=putusan][value=REJECTED]")).click();
                fill(form, "alasan-atasan", "Penghitaman NIK siswa sudah sesuai Pasal 17 huruf h.");
            });
            assertDone(atasanDesk, "Tanggapan Atasan PPID tercatat");

            desk.get(casePage);
            act(desk, "aksi-sengketa", form -> {
                fill(form, "nomorPerkara", "021/REG-PSI/2026");
                date(desk, form.findElement(By.id("tanggalDiajukan")), today);
            });
            assertDone(desk, "Sengketa informasi tercatat");
            recordStage(desk, "AJUDIKASI", today, "");
            recordStage(desk, "PUTUSAN_KI", today, "Komisi Informasi menolak permohonan sengketa.");
            assertThat(desk.findElement(By.id("panel-sengketa")).getText())
                    .contains("putusan Komisi Informasi", "Komisi Informasi menolak permohonan sengketa.");
            officer.screenshot("24-kasus-sampai-putusan-ki");

            desk.findElement(By.id("cetak-kronologi")).click();
            new WebDriverWait(desk, PATIENCE).until(page -> !page.findElements(By.id("peristiwa")).isEmpty());
            assertThat(desk.findElement(By.id("jangka-NOTICE")).getText()).contains("Tepat waktu");
            assertThat(desk.findElement(By.id("jangka-OBJECTION_ANSWER")).getText()).contains("Tepat waktu");
            assertThat(desk.findElement(By.id("jangka-DISPUTE")).getText()).contains("Sengketa diajukan");
            assertThat(desk.findElement(By.id("permohonan")).getText()).contains("Dewi Anggraini", "021/REG-PSI/2026");
            assertThat(desk.findElement(By.id("peristiwa")).getText())
                    .contains("Pemohon (Situs web)", "putusan Komisi Informasi", "menolak permohonan sengketa.");
            assertThat(desk.findElement(By.tagName("body")).getText()).doesNotContain("??");
            officer.screenshot("24b-kronologi-untuk-sengketa");

            phone.get(statusPage);
            new WebDriverWait(phone, PATIENCE).until(page -> page.findElement(By.id("riwayat")).getText()
                    .contains("putusan Komisi Informasi"));
            assertThat(phone.findElement(By.id("status")).getText()).contains("Sengketa");
            ((JavascriptExecutor) phone).executeScript("document.getElementById('riwayat').scrollIntoView()");
            citizen.screenshot("25-ponsel-riwayat-sampai-putusan-ki");
        }
    }

    /** The citizen's web form; answers the status page's address. */
    private String fileARequest(WebDriver phone) {
        phone.get(url("/permohonan"));
        WebElement main = phone.findElement(By.tagName("main"));
        fill(main, "nama", "Dewi Anggraini");
        fill(main, "nomorIdentitas", "3672016502870003");
        fill(main, "alamat", "Jl. Ahmad Yani No. 5, Cilegon");
        fill(main, "telepon", "081298765432");
        fill(main, "pekerjaan", "Wiraswasta");
        fill(main, "informasiDiminta", "Daftar sekolah penerima dana BOS daerah 2026 dan besarannya");
        fill(main, "tujuanPenggunaan", "Pengawasan oleh komite sekolah");
        phone.findElement(By.cssSelector("input[name=caraMemperoleh][value=SALINAN_SOFTCOPY]")).click();
        phone.findElement(By.cssSelector("input[name=caraMendapatkanSalinan][value=EMAIL]")).click();
        fill(main, "email", "dewi@example.org");
        phone.findElement(By.id("kirim")).click();
        new WebDriverWait(phone, PATIENCE).until(page -> !page.findElements(By.id("kode-pelacakan")).isEmpty());
        return url("/status/" + phone.findElement(By.id("kode-pelacakan")).getText().replace("-", ""));
    }

    private static void recordStage(WebDriver desk, String stage, String day, String outcome) {
        act(desk, "aksi-tahap-sengketa", form -> {
            new Select(form.findElement(By.id("tahap"))).selectByValue(stage);
            date(desk, form.findElement(By.id("tanggal-tahap")), day);
            fill(form, "hasil", outcome);
        });
        assertDone(desk, "Tahap sengketa tercatat");
    }

    /** A date input takes its value in the browser's own format when typed; set the ISO value it submits. */
    private static void date(WebDriver desk, WebElement input, String isoDate) {
        ((JavascriptExecutor) desk).executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
