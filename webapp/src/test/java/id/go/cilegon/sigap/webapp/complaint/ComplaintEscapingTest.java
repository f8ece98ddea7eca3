package id.go.cilegon.sigap.webapp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's text is shown as text: a complaint written as a script reaches the officer's queue and case page, the
 * citizen's status page and the public list escaped, never as markup.
 */
@SigapTest
class ComplaintEscapingTest {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Test
    void hostile_complaint_text_is_escaped_wherever_it_is_shown() {
        ComplaintId id = ComplaintId.newId();
        TrackingCode code = TrackingCode.generate();
        commands.sendAndWait(new RegisterComplaint(id, Channel.WEB, Instant.now(), null, false, "Judul " + HOSTILE,
                "Uraian " + HOSTILE, ComplaintCategory.LAINNYA, new Location("Pulomerak", "Lebak Gede", null, null),
                List.of(), code.hash(), null));
        await(id);
        accounts.save("escape-petugas", "Petugas", "rahasia-escape-1", List.of(OfficerRole.PETUGAS_PPID));
        Http desk = new Http(port);
        desk.logIn("escape-petugas", "rahasia-escape-1");
        Http citizen = new Http(port);

        List<String> pages = List.of(desk.listing("/petugas/pengaduan"),
                desk.page("/petugas/pengaduan/" + id.value()).getResponseBody(),
                citizen.page("/pengaduan/status/" + code.value()).getResponseBody(),
                citizen.page("/pengaduan/publik?kecamatan=Pulomerak").getResponseBody());

        for (String page : pages) {
            assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
    }

    private void await(ComplaintId id) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        Optional<ComplaintFile> file;
        do {
            file = queries.query(new FindComplaint(id), ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join();
        } while (file.isEmpty() && Instant.now().isBefore(giveUp));
        assertThat(file).isPresent();
    }
}
