package id.go.cilegon.sigap.command.complaint;

import static id.go.cilegon.sigap.command.complaint.Complaints.ID;
import static id.go.cilegon.sigap.command.complaint.Complaints.VERIFIER;
import static id.go.cilegon.sigap.command.complaint.Complaints.at;
import static id.go.cilegon.sigap.command.complaint.Complaints.inHandOfDputr;
import static id.go.cilegon.sigap.command.complaint.Complaints.registered;
import static id.go.cilegon.sigap.command.complaint.Complaints.then;
import static id.go.cilegon.sigap.command.complaint.Complaints.wib;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;

import id.go.cilegon.sigap.command.complaint.api.AssignComplaint;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRules;
import id.go.cilegon.sigap.command.complaint.api.EscalateComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.shared.api.HandlingRules;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Complaints are handled and escalated by the same rules as requests. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintHandlingTest {

    private static final Instant EARLIER = wib(2026, 11, 4, 10, 0);
    private static final Instant NOW = wib(2026, 11, 5, 10, 0);
    private static final OfficerId SUPERVISOR = OfficerId.of("supervisor");
    private static final OfficerId ATASAN = OfficerId.of("atasan");

    @Test
    void a_supervisor_gives_an_open_complaint_to_an_officer() {
        at(NOW).given(inHandOfDputr())
                .when(new AssignComplaint(ID, VERIFIER, "Pantau tindak lanjut DPUTR", SUPERVISOR))
                .expectEvents(new ComplaintAssigned(ID, VERIFIER, "Pantau tindak lanjut DPUTR", SUPERVISOR, NOW));
    }

    @Test
    void the_handler_it_already_has_is_refused() {
        at(NOW).given(then(inHandOfDputr(), new ComplaintAssigned(ID, VERIFIER, null, SUPERVISOR, EARLIER)))
                .when(new AssignComplaint(ID, VERIFIER, null, SUPERVISOR))
                .expectNoEvents()
                .expectException(refusedWith(HandlingRules.HANDLER_UNCHANGED));
    }

    @Test
    void escalation_goes_up_once_until_someone_assigns_it_again() {
        ComplaintEscalated escalated = new ComplaintEscalated(ID, "DPUTR tidak merespons", VERIFIER, EARLIER);
        at(NOW).given(inHandOfDputr())
                .when(new EscalateComplaint(ID, "DPUTR tidak merespons", VERIFIER))
                .expectEvents(new ComplaintEscalated(ID, "DPUTR tidak merespons", VERIFIER, NOW));
        at(NOW).given(then(inHandOfDputr(), escalated))
                .when(new EscalateComplaint(ID, "Lagi", VERIFIER))
                .expectNoEvents()
                .expectException(refusedWith(HandlingRules.ALREADY_ESCALATED));
        at(NOW).given(then(inHandOfDputr(), escalated, new ComplaintAssigned(ID, VERIFIER, null, ATASAN, EARLIER)))
                .when(new EscalateComplaint(ID, "Masih tidak merespons", VERIFIER))
                .expectEvents(new ComplaintEscalated(ID, "Masih tidak merespons", VERIFIER, NOW));
    }

    @Test
    void a_closed_complaint_is_neither_assigned_nor_escalated() {
        ComplaintRejected rejected = new ComplaintRejected(ID, RejectionReason.BUKAN_PENGADUAN, "Terlalu umum", null,
                VERIFIER, EARLIER);
        at(NOW).given(registered(), rejected)
                .when(new AssignComplaint(ID, VERIFIER, null, SUPERVISOR))
                .expectNoEvents()
                .expectException(refusedWith(ComplaintRules.COMPLAINT_CLOSED));
        at(NOW).given(registered(), rejected)
                .when(new EscalateComplaint(ID, "Terlambat", VERIFIER))
                .expectNoEvents()
                .expectException(refusedWith(ComplaintRules.COMPLAINT_CLOSED));
    }
}
