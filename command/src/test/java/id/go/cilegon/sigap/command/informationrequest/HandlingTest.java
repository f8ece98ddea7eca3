package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ATASAN;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.closed;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.informationrequest.api.AssignInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.EscalateInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.shared.api.HandlingRules;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A supervisor gives a request to an officer; the PPID puts it before the Atasan; assigning it again ends that. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HandlingTest {

    private static final Instant ASSIGNED = wib(2026, 3, 17, 9, 0);
    private static final Instant NOW = wib(2026, 3, 20, 10, 0);
    private static final OfficerId SUPERVISOR = OfficerId.of("supervisor");
    private static final OfficerId DEWI = OfficerId.of("dewi");

    private static InformationRequestAssigned assigned(OfficerId handler, Instant at) {
        return new InformationRequestAssigned(ID, handler, null, SUPERVISOR, at);
    }

    private static InformationRequestEscalated escalated(Instant at) {
        return new InformationRequestEscalated(ID, "Data ada di tiga OPD", PPID, at);
    }

    @Test
    void a_supervisor_gives_the_request_to_an_officer_with_a_note() {
        at(ASSIGNED).given(registered())
                .when(new AssignInformationRequest(ID, PPID, "  Prioritaskan  ", SUPERVISOR))
                .expectEvents(new InformationRequestAssigned(ID, PPID, "Prioritaskan", SUPERVISOR, ASSIGNED));
    }

    @Test
    void giving_it_to_another_officer_reassigns_it() {
        at(NOW).given(registered(), assigned(PPID, ASSIGNED))
                .when(new AssignInformationRequest(ID, DEWI, "", SUPERVISOR))
                .expectEvents(new InformationRequestAssigned(ID, DEWI, null, SUPERVISOR, NOW));
    }

    @Test
    void giving_it_to_the_officer_who_has_it_is_refused() {
        at(NOW).given(registered(), assigned(PPID, ASSIGNED))
                .when(new AssignInformationRequest(ID, PPID, null, SUPERVISOR))
                .expectNoEvents()
                .expectException(refusedWith(HandlingRules.HANDLER_UNCHANGED));
    }

    @Test
    void the_ppid_escalates_it_to_the_atasan_with_the_reason() {
        at(NOW).given(registered(), assigned(PPID, ASSIGNED))
                .when(new EscalateInformationRequest(ID, " Data ada di tiga OPD ", PPID))
                .expectEvents(escalated(NOW));
    }

    @Test
    void an_escalated_request_is_not_escalated_twice() {
        at(NOW).given(registered(), escalated(ASSIGNED))
                .when(new EscalateInformationRequest(ID, "Masih belum jelas", PPID))
                .expectNoEvents()
                .expectException(refusedWith(HandlingRules.ALREADY_ESCALATED));
    }

    @Test
    void the_atasan_sends_it_back_to_the_same_officer_which_ends_the_escalation() {
        at(NOW).given(registered(), assigned(PPID, ASSIGNED), escalated(ASSIGNED))
                .when(new AssignInformationRequest(ID, PPID, "Minta data ke DISDIK dan BAPPEDA", ATASAN))
                .expectEvents(new InformationRequestAssigned(ID, PPID, "Minta data ke DISDIK dan BAPPEDA", ATASAN,
                        NOW));
    }

    @Test
    void after_the_escalation_ended_it_can_go_up_again() {
        at(NOW).given(registered(), escalated(ASSIGNED), assigned(PPID, ASSIGNED))
                .when(new EscalateInformationRequest(ID, "Data ada di tiga OPD", PPID))
                .expectEvents(escalated(NOW));
    }

    @Test
    void a_closed_request_has_nobody_to_assign() {
        at(NOW).given(registered(), withdrawn(ASSIGNED))
                .when(new AssignInformationRequest(ID, DEWI, null, SUPERVISOR))
                .expectNoEvents()
                .expectException(refusedWith(InformationRequestRules.REQUEST_CLOSED));
        at(NOW).given(registered(), closed(ASSIGNED))
                .when(new EscalateInformationRequest(ID, "Terlambat", PPID))
                .expectNoEvents()
                .expectException(refusedWith(InformationRequestRules.REQUEST_CLOSED));
    }

    @Test
    void an_escalation_without_a_reason_cannot_be_made() {
        assertThatThrownBy(() -> new EscalateInformationRequest(ID, "  ", PPID))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
