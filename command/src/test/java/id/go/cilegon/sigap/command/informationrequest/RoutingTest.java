package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.BAPPEDA;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.DISDIK;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PELAKSANA;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationRequested;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.forwarded;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;

import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.RecordUnitInput;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The PPID forwards a request to a unit's PPID Pelaksana and keeps the clock; only that unit answers. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RoutingTest {

    private static final Instant FORWARDED = wib(2026, 3, 17, 9, 0);
    private static final Instant NOW = wib(2026, 3, 26, 10, 0);

    private static ForwardInformationRequest forwardTo(UnitId unit) {
        return new ForwardInformationRequest(ID, unit, "Mohon data penerima beasiswa 2026", PPID);
    }

    private static RecordUnitInput inputFrom(UnitId unit, OfficerId officer) {
        return new RecordUnitInput(ID, unit, "Data terlampir; NIK orang tua perlu dihitamkan", officer);
    }

    @Nested
    class Forwarding {

        @Test
        void sends_the_request_to_the_unit_that_holds_the_information() {
            at(FORWARDED).given(registered())
                    .when(forwardTo(DISDIK))
                    .expectEvents(new InformationRequestForwarded(ID, DISDIK, "Mohon data penerima beasiswa 2026",
                            PPID, FORWARDED));
        }

        @Test
        void to_the_unit_that_already_has_it_changes_nothing() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED))
                    .when(forwardTo(DISDIK))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void to_another_unit_replaces_the_first() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED))
                    .when(forwardTo(BAPPEDA))
                    .expectEvents(new InformationRequestForwarded(ID, BAPPEDA, "Mohon data penerima beasiswa 2026",
                            PPID, NOW));
        }

        @Test
        void is_refused_while_the_requester_owes_a_clarification() {
            at(NOW).given(registered(), clarificationRequested(FORWARDED))
                    .when(forwardTo(DISDIK))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.AWAITING_CLARIFICATION));
        }

        @Test
        void is_refused_after_the_notice() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), wib(2026, 3, 25, 10, 0)))
                    .when(forwardTo(DISDIK))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_ALREADY_SENT));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(NOW).given(registered(), withdrawn(FORWARDED))
                    .when(forwardTo(DISDIK))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }

    @Nested
    class Recording_the_units_input {

        @Test
        void is_done_by_the_unit_the_request_was_forwarded_to() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED))
                    .when(inputFrom(DISDIK, PELAKSANA))
                    .expectEvents(new UnitInputRecorded(ID, DISDIK,
                            "Data terlampir; NIK orang tua perlu dihitamkan", PELAKSANA, NOW));
        }

        @Test
        void is_refused_from_any_other_unit() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED))
                    .when(inputFrom(BAPPEDA, OfficerId.of("pelaksana-bappeda")))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.UNIT_NOT_ASSIGNED));
        }

        @Test
        void is_refused_from_the_first_unit_once_the_request_went_to_another() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED), forwarded(BAPPEDA, FORWARDED))
                    .when(inputFrom(DISDIK, PELAKSANA))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.UNIT_NOT_ASSIGNED));
        }

        @Test
        void is_refused_before_the_request_was_forwarded_at_all() {
            at(NOW).given(registered())
                    .when(inputFrom(DISDIK, PELAKSANA))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.UNIT_NOT_ASSIGNED));
        }

        @Test
        void is_refused_after_the_notice() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED),
                            noticeSent(grantedInFull(), wib(2026, 3, 25, 10, 0)))
                    .when(inputFrom(DISDIK, PELAKSANA))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_ALREADY_SENT));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(NOW).given(registered(), forwarded(DISDIK, FORWARDED), withdrawn(wib(2026, 3, 25, 10, 0)))
                    .when(inputFrom(DISDIK, PELAKSANA))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }
}
