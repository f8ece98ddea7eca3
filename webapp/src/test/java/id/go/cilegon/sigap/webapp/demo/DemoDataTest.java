package id.go.cilegon.sigap.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.query.complaint.api.FindSimilarComplaints;
import id.go.cilegon.sigap.query.complaint.api.SimilarComplaint;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.informationrequest.ReleasedDocumentStore;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.documents.PdfRenderer;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The demo the README promises: its accounts exist and its six requests stand at the stages it names. The demo is
 * seeded into the one test application rather than a second one with the demo profile: two Axon applications in one
 * JVM disturb each other's event processing, which no deployment ever does.
 */
@SigapTest
class DemoDataTest {

    @Autowired
    private Units units;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private Clock clock;

    @Autowired
    private WorkingDayCalendar calendar;

    @Autowired
    private QueryGateway queries;

    @Autowired
    private OfficerAccounts accounts;

    @Autowired
    private ReleasedDocumentStore documents;

    @Autowired
    private PdfRenderer pdf;

    @Test
    void the_demo_has_its_accounts_and_a_request_at_each_stage_of_the_lifecycle() {
        new DemoData(accounts, units, commands, clock, calendar, documents, pdf)
                .run(new DefaultApplicationArguments());

        assertThat(accounts.officer("pelaksana").block()).satisfies(officer ->
                assertThat(officer.unit().value()).isEqualTo("SETDA"));
        assertThat(statusOnceProjected(1, InformationRequestStatus.DITERIMA)).isEqualTo(InformationRequestStatus.DITERIMA);
        assertThat(statusOnceProjected(2, InformationRequestStatus.MENUNGGU_KELENGKAPAN))
                .isEqualTo(InformationRequestStatus.MENUNGGU_KELENGKAPAN);
        assertThat(statusOnceProjected(3, InformationRequestStatus.DIPROSES)).isEqualTo(InformationRequestStatus.DIPROSES);
        assertThat(statusOnceProjected(4, InformationRequestStatus.DITERIMA)).isEqualTo(InformationRequestStatus.DITERIMA);
        assertThat(statusOnceProjected(5, InformationRequestStatus.KEBERATAN_DIAJUKAN))
                .isEqualTo(InformationRequestStatus.KEBERATAN_DIAJUKAN);
        assertThat(statusOnceProjected(6, InformationRequestStatus.SENGKETA_DIAJUKAN))
                .isEqualTo(InformationRequestStatus.SENGKETA_DIAJUKAN);
        assertThat(caseFile(5).documents()).as("the partial grant's file, for the requester to download")
                .extracting(ReleasedDocument::fileName).containsExactly("daftar-penerima-beasiswa-daerah-2026.pdf");
    }

    private CaseFile caseFile(int demoNumber) {
        String hash = TrackingCode.parse("DEMO-0000-0000-0000-000" + demoNumber).orElseThrow().hash();
        String requestId = queries.query(new FindRequestStatus(hash), ResponseTypes.optionalInstanceOf(
                RequestStatus.class)).join().orElseThrow().requestId();
        return queries.query(new FindCaseFile(InformationRequestId.of(requestId)),
                ResponseTypes.optionalInstanceOf(CaseFile.class)).join().orElseThrow();
    }

    @Test
    void the_demo_has_a_complaint_at_each_stage_and_a_likely_duplicate() {
        new ComplaintDemoData(accounts, units, commands, clock).run(new DefaultApplicationArguments());

        assertThat(accounts.officer("pelaksana-dputr").block()).satisfies(officer ->
                assertThat(officer.unit().value()).isEqualTo("DPUTR"));
        assertThat(complaintOnceProjected(1, ComplaintStatus.DITERIMA).status()).isEqualTo(ComplaintStatus.DITERIMA);
        assertThat(complaintOnceProjected(3, ComplaintStatus.DITUNDA).status()).isEqualTo(ComplaintStatus.DITUNDA);
        assertThat(complaintOnceProjected(4, ComplaintStatus.DITINDAKLANJUTI).status())
                .isEqualTo(ComplaintStatus.DITINDAKLANJUTI);
        assertThat(complaintOnceProjected(5, ComplaintStatus.DITANGGAPI).status()).isEqualTo(ComplaintStatus.DITANGGAPI);
        assertThat(complaintOnceProjected(6, ComplaintStatus.SELESAI).status()).isEqualTo(ComplaintStatus.SELESAI);
        ComplaintFile confidential = complaintOnceProjected(7, ComplaintStatus.DIDISPOSISI);
        assertThat(confidential.confidential()).isTrue();
        ComplaintFile second = complaintOnceProjected(2, ComplaintStatus.DITERIMA);
        assertThat(queries.query(new FindSimilarComplaints(ComplaintId.of(second.complaintId())),
                        ResponseTypes.multipleInstancesOf(SimilarComplaint.class)).join())
                .extracting(SimilarComplaint::number)
                .contains(complaintOnceProjected(1, ComplaintStatus.DITERIMA).number());
    }

    private ComplaintFile complaintOnceProjected(int demoNumber, ComplaintStatus expected) {
        String hash = TrackingCode.parse("DEMO-0000-0000-0100-000" + demoNumber).orElseThrow().hash();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        java.util.Optional<ComplaintFile> file;
        do {
            file = queries.query(new FindComplaintByTrackingCode(hash),
                    ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join();
        } while ((file.isEmpty() || file.get().status() != expected) && Instant.now().isBefore(giveUp));
        return file.orElseThrow();
    }

    /** The read model follows the commands within moments: look until it shows the status, for ten seconds at most. */
    private InformationRequestStatus statusOnceProjected(int demoNumber, InformationRequestStatus expected) {
        String hash = TrackingCode.parse("DEMO-0000-0000-0000-000" + demoNumber).orElseThrow().hash();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        InformationRequestStatus status;
        do {
            status = queries.query(new FindRequestStatus(hash), ResponseTypes.optionalInstanceOf(RequestStatus.class))
                    .join().map(RequestStatus::status).orElse(null);
        } while (status != expected && Instant.now().isBefore(giveUp));
        return status;
    }
}
