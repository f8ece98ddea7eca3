package id.go.cilegon.sigap.webapp.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen asks for an officer on WhatsApp; the PPID's officer finds the conversation in the WhatsApp inbox,
 * answers it in the browser, the answer reaches the citizen's phone, and the officer closes the conversation.
 */
@SigapTest
class WhatsAppInboxBrowserTest {

    private static final String PASSWORD = "rahasia-whatsapp-1";

    @LocalServerPort
    int port;

    @Autowired
    CloudApiStandIn standIn;

    @Autowired
    WhatsAppInbox inbox;

    @Autowired
    MongoDatabase database;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Handovers handovers;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void an_officer_answers_a_handed_over_conversation_and_the_citizen_receives_it() {
        accounts.save("uji-wa-petugas", "Petugas WhatsApp", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        WhatsAppChat chat = WhatsAppChat.withNewNumber(standIn, inbox, database, "Oki");
        assertThat(chat.say("7").get(0)).contains("kami teruskan kepada petugas PPID");
        assertThat(chat.say("Selamat siang, lampu PJU di Jl. Kubang Laban mati total sejak Senin 🙏")).isEmpty();
        chat.exchange(() -> chat.phone().location(-6.0200, 106.0600, null, null));
        String handover = handovers.open().stream().filter(open -> open.contact().equals(chat.key())).findFirst()
                .orElseThrow().id();

        try (Browser browser = Browser.open(1280, 1000)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "uji-wa-petugas", PASSWORD);
            page.findElement(By.linkText("WhatsApp")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(driver -> !Pages.absent(driver, "kotak-masuk"));
            String row = page.findElement(By.id("p-" + handover)).getText();
            assertThat(row).contains("[lokasi -6.020000", "Menunggu jawaban").doesNotContain(chat.phone().contact());
            assertThat(Pages.absent(page, "ditutup")).as("nothing closed yet").isTrue();
            browser.screenshot("whatsapp-01-kotak-masuk");

            page.findElement(By.id("p-" + handover)).findElement(By.tagName("a")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(driver -> !Pages.absent(driver, "percakapan"));
            assertThat(page.findElement(By.id("percakapan")).getText()).contains("lampu PJU", "[lokasi -6.020000");
            assertThat(Pages.absent(page, "terkirim")).as("nothing sent yet").isTrue();
            page.findElement(By.id("pesan")).sendKeys("Terima kasih, laporan Anda kami teruskan ke DPUTR hari ini.");
            page.findElement(By.cssSelector("#balas button")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(driver -> !Pages.absent(driver, "terkirim"));
            assertThat(page.findElement(By.id("percakapan")).getText()).contains("uji-wa-petugas",
                    "kami teruskan ke DPUTR");
            browser.screenshot("whatsapp-02-percakapan");

            await().atMost(Duration.ofSeconds(20)).until(() -> chat.replies().stream()
                    .anyMatch(reply -> reply.contains("kami teruskan ke DPUTR")));

            page.findElement(By.cssSelector("#tutup button")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(driver -> !Pages.absent(driver, "ditutup"));
            assertThat(Pages.absent(page, "p-" + handover)).isTrue();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> chat.replies().get(chat.replies().size() - 1)
                .contains("Petugas telah menyelesaikan percakapan"));
        assertThat(chat.say("halo").get(0)).as("after the hand-over, the menu again").contains("Selamat datang");
        assertThat(handovers.find(handover).orElseThrow().closedBy()).isEqualTo("uji-wa-petugas");
    }
}
