package id.go.cilegon.sigap.webapp.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionAlert;
import id.go.cilegon.sigap.query.opinion.api.OpinionAlertView;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor watches opinion move in a real browser: the dashboard by topic and place, narrowed to one
 * kecamatan; a spike of complaints about flooding raises an alert; from the alert's evidence one click opens a
 * media issue for the media officer.
 */
@SigapTest
class OpinionBrowserTest {

    private static final String PASSWORD = "rahasia-opini-peramban-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    OpinionAlertWatch watch;

    @Autowired
    QueryGateway queries;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void a_supervisor_sees_a_spike_and_opens_a_media_issue_from_it() {
        accounts.save("peramban-supervisor", "Supervisor Opini", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        for (String text : List.of("Banjir di Kepuh sudah selutut, got mampet", "Rumah di Gunung Sugih kebanjiran",
                "Air banjir masuk rumah di Randakari", "Banjir rob di Banjar Negara, parah",
                "Saluran di Kubangsari meluap, banjir sejak subuh", "Terima kasih petugas cepat tanggap, mantap")) {
            commands.sendAndWait(new RegisterComplaint(ComplaintId.newId(), Channel.WHATSAPP, Instant.now(), null,
                    false, text, text + ".", ComplaintCategory.INFRASTRUKTUR, new Location("Ciwandan", null, null,
                    null), List.of(), TrackingCode.generate().hash(), null));
        }
        OpinionAlertId alert = OpinionAlertId.of(LocalDate.now(clock.withZone(calendar.zone())),
                AlertDimension.KECAMATAN, "Ciwandan");
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindOpinionAlert(alert.value()),
                ResponseTypes.optionalInstanceOf(OpinionAlertView.class)).join().isPresent());
        watch.raiseFoundSpikes();

        try (Browser browser = Browser.open(1280, 2600)) {
            ChromeDriver page = browser.driver();
            Pages.logIn(page, url(""), "peramban-supervisor", PASSWORD);
            page.get(url("/petugas/opini"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Pemantau opini publik");
            new Select(page.findElement(By.id("kecamatan"))).selectByValue("Ciwandan");
            new Select(page.findElement(By.id("hari"))).selectByValue("7");
            page.findElement(By.cssSelector("#saring button[type=submit]")).click();
            new WebDriverWait(page, Pages.PATIENCE).until(ExpectedConditions.urlContains("kecamatan=Ciwandan"));
            assertThat(page.getCurrentUrl()).contains("hari=7");
            assertThat(page.findElement(By.id("kecamatan-Ciwandan")).getText()).contains("Ciwandan");
            assertThat(page.findElement(By.id("topik-BANJIR")).getText()).contains("Banjir dan drainase");
            assertThat(page.findElement(By.id("peringatan-" + alert.value())).getText())
                    .startsWith("Ciwandan: ").contains("teks negatif");
            browser.screenshot("opini-01-dasbor");

            page.findElement(By.cssSelector("#peringatan-" + alert.value() + " a")).click();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Lonjakan opini negatif: Ciwandan");
            assertThat(page.findElement(By.id("sinyal")).getText()).contains("Banjir di Kepuh")
                    .doesNotContain("Terima kasih petugas");
            browser.screenshot("opini-02-peringatan");

            page.findElement(By.id("jadikan-isu")).click();
            Pages.assertDone(page, "Isu tercatat");
            assertThat(page.findElement(By.tagName("main")).getText()).contains("Peringatan pemantau opini",
                    "Lonjakan opini negatif");
            browser.screenshot("opini-03-isu");

            page.get(url("/petugas/opini/sinyal?kecamatan=Ciwandan"));
            assertThat(page.findElement(By.id("sinyal")).getText()).contains("Terima kasih petugas");
            browser.screenshot("opini-04-teks");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
