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
import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.notification.NotificationInbox;
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
        return officer(username, role, null);
    }

    private Http pelaksana(String username, UnitId unit) {
        return officer(username, OfficerRole.PPID_PELAKSANA, unit);
    }

    private Http officer(String username, OfficerRole role, UnitId unit) {
        accounts.save(username, "Uji " + username, "rahasia-" + username, List.of(role), unit);
        Http http = new Http(port);
        http.logIn(username, "rahasia-" + username);
        return http;
    }

    /** A request received 40 days ago whose notice never went out, with the breach on record. */
    private InformationRequestId missedNotice() {
        InformationRequestId id = registered(Instant.now().minus(Duration.ofDays(40)));
        commands.sendAndWait(new RecordNoticeDeadlineMissed(id));
        return id;
    }

    private InformationRequestId registered(Instant received) {
        InformationRequestId id = InformationRequestId.newId();
        commands.<RegistrationNumber>sendAndWait(new RegisterInformationRequest(id, Channel.SURAT, received,
                PersonalData.of(DataSubjectId.newId(), new Requester("Siti Aminah", Requester.IdentityKind.NIK,
                        "3672014505900006", "Jl. Contoh 6", "081200000006", null, "Pedagang")),
                "Data pasar tradisional", "Usaha", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.generate().hash()));
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

    /**
     * Two PPID Pelaksana of a unit of their own, so that their inboxes hold this request only and their unread counts
     * are exact: the other tests' notifications fill the shared roles' inboxes past what is counted.
     */
    @Test
    void marking_read_is_for_the_officer_who_marked_it_only() {
        UnitId unit = new UnitId("NOTIF-" + Long.toString(System.nanoTime(), 36).toUpperCase());
        Http reader = pelaksana("uji-notif-pembaca", unit);
        Http colleague = pelaksana("uji-notif-rekan", unit);
        InformationRequestId id = registered(Instant.now());
        commands.sendAndWait(new ForwardInformationRequest(id, unit, "Mohon datanya", new OfficerId("uji-notif")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !itemFor(reader, id).isEmpty());
        assertThat(unread(reader)).isEqualTo(1);
        String item = itemFor(reader, id);
        String key = item.substring("id=\"n-".length(), item.indexOf('"', "id=\"n-".length()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kunci", key);

        EntityExchangeResult<String> marked = reader.submit(PAGE, PAGE + "/dibaca", form);

        assertThat(marked.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(itemFor(reader, id)).contains("class=\"notification read\"").doesNotContain("Tandai sudah dibaca");
        assertThat(itemFor(colleague, id)).contains("unread", "Tandai sudah dibaca");
        assertThat(unread(reader)).isZero();
        assertThat(unread(colleague)).isEqualTo(1);
    }

    @Test
    void a_full_inbox_shows_its_newest_hundred_and_the_badge_says_99_plus() {
        UnitId unit = new UnitId("NOTIF-" + Long.toString(System.nanoTime(), 36).toUpperCase());
        Http pelaksana = pelaksana("uji-notif-penuh", unit);
        UnitId elsewhere = new UnitId(unit.value() + "-B");
        InformationRequestId id = registered(Instant.now());
        // Forwarded back and forth: each time to the unit is a notification for it.
        for (int forwarded = 0; forwarded <= NotificationInbox.SHOWN; forwarded++) {
            commands.sendAndWait(new ForwardInformationRequest(id, unit, "Permintaan ke-" + forwarded,
                    new OfficerId("uji-notif")));
            commands.sendAndWait(new ForwardInformationRequest(id, elsewhere, null, new OfficerId("uji-notif")));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> unread(pelaksana) == NotificationInbox.SHOWN);
        String page = pelaksana.page(PAGE).getResponseBody();
        assertThat(page.split("class=\"notification unread\"", -1)).hasSize(NotificationInbox.SHOWN + 1);
        assertThat(page).contains("Menampilkan 100 notifikasi terbaru", "title=\"99+ belum dibaca\">99+</span>");
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
            Pages.logIn(page, "http://localhost:" + port, "uji-notif-layar", "rahasia-layar");
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
