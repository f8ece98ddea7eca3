package id.go.cilegon.sigap.webapp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RecordNoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Browser;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pages;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationPagesTest {

    private static final String PAGE = "/petugas/notifikasi";
    private static final String COUNT = "/api/v1/petugas/notifikasi/jumlah";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    CommandGateway commands;

    private Http officer(String username, OfficerRole role) {
        accounts.save(username, "Uji " + username, "rahasia-" + username, List.of(role));
        Http http = new Http(port);
        http.logIn(username, "rahasia-" + username);
        return http;
    }

    /** A request received 40 days ago whose notice never went out, with the breach on record. */
    private InformationRequestId missedNotice() {
        InformationRequestId id = InformationRequestId.newId();
        commands.<RegistrationNumber>sendAndWait(new RegisterInformationRequest(id, Channel.SURAT,
                Instant.now().minus(Duration.ofDays(40)),
                PersonalData.of(DataSubjectId.newId(), new Requester("Siti Aminah", Requester.IdentityKind.NIK,
                        "3672014505900006", "Jl. Contoh 6", "081200000006", null, "Pedagang")),
                "Data pasar tradisional", "Usaha", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.generate().hash()));
        commands.sendAndWait(new RecordNoticeDeadlineMissed(id));
        return id;
    }

    /** The list item of this request's notification, or an empty string when the officer does not see it. */
    private static String itemFor(Http officer, InformationRequestId id) {
        String page = officer.page(PAGE).getResponseBody();
        int start = page.indexOf("id=\"n-" + id.value() + ":");
        return start < 0 ? "" : page.substring(start, page.indexOf("</li>", start));
    }

    private static long unread(Http officer) {
        EntityExchangeResult<String> result = officer.getJson(COUNT);
        assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
        return ((Number) JsonPath.read(result.getResponseBody(), "$.belumDibaca")).longValue();
    }

    @Test
    void a_missed_deadline_is_shown_to_the_ppid_staff_and_the_supervisor_but_not_to_the_atasan() {
        Http petugas = officer("uji-notif-petugas", OfficerRole.PETUGAS_PPID);
        Http supervisor = officer("uji-notif-supervisor", OfficerRole.SUPERVISOR);
        Http atasan = officer("uji-notif-atasan", OfficerRole.ATASAN_PPID);

        InformationRequestId id = missedNotice();

        await().atMost(Duration.ofSeconds(10)).until(() -> !itemFor(petugas, id).isEmpty());
        assertThat(itemFor(petugas, id)).contains("unread", "Batas waktu pemberitahuan tertulis terlampaui",
                "/petugas/permohonan/" + id.value(), "Tandai sudah dibaca");
        assertThat(itemFor(supervisor, id)).contains("Batas waktu pemberitahuan tertulis terlampaui");
        assertThat(itemFor(atasan, id)).isEmpty();
    }

    @Test
    void marking_read_is_for_the_officer_who_marked_it_only() {
        Http reader = officer("uji-notif-pembaca", OfficerRole.PETUGAS_PPID);
        Http colleague = officer("uji-notif-rekan", OfficerRole.PETUGAS_PPID);
        InformationRequestId id = missedNotice();
        await().atMost(Duration.ofSeconds(10)).until(() -> !itemFor(reader, id).isEmpty());
        String item = itemFor(reader, id);
        String key = item.substring("id=\"n-".length(), item.indexOf('"', "id=\"n-".length()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kunci", key);

        EntityExchangeResult<String> marked = reader.submit(PAGE, PAGE + "/dibaca", form);

        assertThat(marked.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(itemFor(reader, id)).contains("class=\"notification read\"").doesNotContain("Tandai sudah dibaca");
        assertThat(itemFor(colleague, id)).contains("unread", "Tandai sudah dibaca");
        assertThat(unread(colleague) - unread(reader)).as("the same notifications, one read by the reader").isEqualTo(1);
    }

    @Test
    void an_officer_cannot_mark_a_notification_that_is_not_theirs() {
        Http atasan = officer("uji-notif-atasan-2", OfficerRole.ATASAN_PPID);
        InformationRequestId id = missedNotice();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kunci", id.value() + ":1");

        assertThat(atasan.submit(PAGE, PAGE + "/dibaca", form).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_page_looks_right_in_a_browser() {
        accounts.save("uji-notif-layar", "Petugas", "rahasia-layar", List.of(OfficerRole.PETUGAS_PPID));
        InformationRequestId id = missedNotice();
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get("http://localhost:" + port + "/masuk");
            page.findElement(By.id("username")).sendKeys("uji-notif-layar");
            page.findElement(By.id("password")).sendKeys("rahasia-layar");
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                page.get("http://localhost:" + port + PAGE);
                return !page.findElements(By.cssSelector("[id^='n-" + id.value() + "']")).isEmpty();
            });
            browser.screenshot("notifikasi-01-daftar");
            Pages.submit(page, page.findElement(By.cssSelector("[id^='n-" + id.value() + "'] button")));
            assertThat(page.findElement(By.cssSelector("[id^='n-" + id.value() + "']")).getAttribute("class"))
                    .contains("read").doesNotContain("unread");
            browser.screenshot("notifikasi-02-dibaca");
        }
    }
}
