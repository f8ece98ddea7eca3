package id.go.cilegon.sigap.webapp.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.DueKind;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.ListOpenClocks;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The complaint deadline watch in the running application: a passed verification is a breach, recorded once. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintDeadlineWatchTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ComplaintDeadlineWatch watch;

    @Test
    void an_unverified_complaint_past_its_three_hari_kerja_is_a_breach_once_and_a_fresh_one_is_left_alone() {
        ComplaintId late = register(Instant.now().minus(Duration.ofDays(20)));
        ComplaintId fresh = register(Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> find(late) != null && find(fresh) != null);

        assertThat(watch.actOnPassedDeadlines()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> find(late).verificationDeadlineMissed());
        assertThat(find(fresh).verificationDeadlineMissed()).isFalse();
        List<OpenClock> open = queries.query(new ListOpenClocks(), ResponseTypes.multipleInstancesOf(OpenClock.class))
                .join();
        assertThat(open).as("a breach on record is not reported again")
                .noneMatch(clock -> clock.complaintId().equals(late.value()));
        assertThat(open).anyMatch(clock -> clock.complaintId().equals(fresh.value())
                && clock.kind() == DueKind.VERIFIKASI);
    }

    private ComplaintId register(Instant receivedAt) {
        ComplaintId id = ComplaintId.newId();
        commands.sendAndWait(new RegisterComplaint(id, Channel.TELEPON, receivedAt, null, false,
                "Drainase tersumbat", "Air meluap ke jalan setiap hujan", ComplaintCategory.INFRASTRUKTUR,
                new Location("Purwakarta", "Ramanuju", null, null), List.of(), TrackingCode.generate().hash(), null));
        return id;
    }

    private ComplaintFile find(ComplaintId id) {
        return queries.query(new FindComplaint(id), ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join()
                .orElse(null);
    }
}
