package id.go.cilegon.sigap.webapp.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawInformationRequest;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The retention rule erases the people of a finished case once it has been quiet for its kind's period (five years
 * here), records the erasure, and leaves a case that is still open, or still within its period, alone.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    RetentionWatch retention;

    @Autowired
    PersonIndex index;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    /** Every later event of a case counts as activity, though the index reads no more of it than its case and time. */
    @Test
    void a_later_event_of_a_request_or_a_complaint_moves_its_last_activity() {
        People.Filed filed = People.files(People.someone("Aktif"), new Http(port), queries);
        await().atMost(Duration.ofSeconds(10)).until(() -> index.lastActivity(filed.requestId()).isPresent()
                && index.lastActivity(filed.complaintId()).isPresent());
        Instant requestFiled = index.lastActivity(filed.requestId()).orElseThrow();
        Instant complaintFiled = index.lastActivity(filed.complaintId()).orElseThrow();

        commands.sendAndWait(new WithdrawInformationRequest(InformationRequestId.of(filed.requestId()),
                "Sudah diperoleh dari sumber lain", Channel.DATANG_LANGSUNG, OfficerId.of("petugas-retensi")));
        commands.sendAndWait(new VerifyComplaint(ComplaintId.of(filed.complaintId()), "Lengkap",
                OfficerId.of("petugas-retensi")));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                index.lastActivity(filed.requestId()).orElseThrow().isAfter(requestFiled)
                        && index.lastActivity(filed.complaintId()).orElseThrow().isAfter(complaintFiled));
    }

    @Test
    void a_finished_case_past_its_period_loses_its_people_and_an_open_one_keeps_them() throws Exception {
        People.Filed withdrawn = People.files(People.someone("Retensi"), new Http(port), queries);
        People.Filed open = People.files(People.someone("Berjalan"), new Http(port), queries);
        commands.sendAndWait(new WithdrawInformationRequest(InformationRequestId.of(withdrawn.requestId()),
                "Pemohon tidak memerlukan lagi", Channel.DATANG_LANGSUNG, OfficerId.of("petugas-retensi")));
        await().atMost(Duration.ofSeconds(10)).until(() -> People.caseFile(queries, withdrawn.requestId())
                .map(CaseFile::status).map(Enum::name).orElse(""), "DIBATALKAN"::equals);
        List<String> cases = List.of(withdrawn.requestId(), open.requestId(), open.complaintId());
        Instant now = Instant.now();

        assertThat(retention.eraseExpired(cases, now.atZone(ZoneOffset.UTC).plus(Period.ofYears(4)).toInstant()))
                .isZero();
        assertThat(retention.eraseExpired(cases, now.atZone(ZoneOffset.UTC).plus(Period.ofYears(6)).toInstant()))
                .isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                People.caseFile(queries, withdrawn.requestId()).orElseThrow().requester() == null);
        assertThat(People.caseFile(queries, open.requestId()).orElseThrow().requester()).isNotNull();
        assertThat(People.complaint(queries, open.complaintId()).orElseThrow().complainant()).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> index.requests(200).stream().anyMatch(recorded ->
                "RETENSI".equals(recorded.basis()) && recorded.cases().contains(withdrawn.requestNumber())));
        assertThat(retention.eraseExpired(cases, now.atZone(ZoneOffset.UTC).plus(Period.ofYears(7)).toInstant()))
                .as("erased once").isZero();
    }
}
