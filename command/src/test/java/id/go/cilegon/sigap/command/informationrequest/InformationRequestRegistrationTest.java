package id.go.cilegon.sigap.command.informationrequest;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.CaseFile.InMemoryRegisters;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationRequestRegistrationTest {

    /** Monday 16 March 2026, 10:00 WIB: the week of Nyepi and Idulfitri. */
    private static final Instant MONDAY_BEFORE_NYEPI = Instant.parse("2026-03-16T03:00:00Z");
    private static final PersonalData<Requester> RINA = PersonalData.of(DataSubjectId.of("subject-1"),
            new Requester("Rina Marlina", Requester.IdentityKind.NIK, "3672014101900005", "Jl. Merdeka 1",
                    "081234567890", null, "Guru"));

    private final InMemoryRegisters registers = new InMemoryRegisters();
    private final WorkingDayCalendar calendar =
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));
    private AggregateTestFixture<InformationRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InformationRequest.class);
        fixture.registerAnnotatedCommandHandler(
                new InformationRequestRegistration(fixture.getRepository(), registers, calendar));
    }

    private static RegisterInformationRequest request(String id, Instant receivedAt) {
        return new RegisterInformationRequest(InformationRequestId.of(id), Channel.WEB, receivedAt, RINA,
                "Daftar penerima beasiswa daerah 2026", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, "hash-of-tracking-code");
    }

    @Test
    void a_request_is_registered_with_the_first_number_of_its_year_and_the_notice_due_in_ten_hari_kerja() {
        // Day 1 is Tue 17 Mar; 18–24 Mar are Nyepi, Idulfitri, cuti bersama and a weekend; 3 Apr is Good Friday.
        fixture.givenNoPriorActivity()
                .when(request("req-1", MONDAY_BEFORE_NYEPI))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(RegistrationNumber.parse("PPID/2026/000001"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((InformationRequestRegistered event) ->
                                event.requestId().equals(InformationRequestId.of("req-1"))
                                        && event.registrationNumber().value().equals("PPID/2026/000001")
                                        && event.receivedAt().equals(MONDAY_BEFORE_NYEPI)
                                        && event.requester().equals(RINA)
                                        && event.trackingCodeHash().equals("hash-of-tracking-code")
                                        && event.noticeDeadline().dueDate().equals(LocalDate.of(2026, 4, 7))),
                        andNoMore())));
    }

    @Test
    void numbers_rise_by_one_within_a_year_and_start_again_in_the_next() {
        registers.issued.put("PPID/2026", 122L);
        fixture.givenNoPriorActivity()
                .when(request("req-2", MONDAY_BEFORE_NYEPI))
                .expectResultMessagePayload(RegistrationNumber.parse("PPID/2026/000123"));

        fixture.givenNoPriorActivity()
                .when(request("req-3", Instant.parse("2027-01-04T02:00:00Z")))
                .expectResultMessagePayload(RegistrationNumber.parse("PPID/2027/000001"));
    }

    @Test
    void a_request_arriving_after_office_hours_on_the_last_working_day_belongs_to_the_next_year() {
        // Thu 31 Dec 2026, 16:30 WIB: received, for the clock and the register, on Mon 4 Jan 2027.
        fixture.givenNoPriorActivity()
                .when(request("req-4", Instant.parse("2026-12-31T09:30:00Z")))
                .expectResultMessagePayload(RegistrationNumber.parse("PPID/2027/000001"));
    }

    @Test
    void a_request_by_a_proxy_records_the_proxy_beside_the_requester() {
        PersonalData<Proxy> budi = PersonalData.of(DataSubjectId.of("subject-2"), new Proxy("Budi Santoso",
                "3672010101850003", "Jl. Sultan Ageng Tirtayasa 5", "081298765432", null,
                "Surat kuasa khusus 12/SK/III/2026"));
        RegisterInformationRequest byProxy = new RegisterInformationRequest(InformationRequestId.of("req-5"),
                Channel.DATANG_LANGSUNG, MONDAY_BEFORE_NYEPI, RINA, "Daftar penerima beasiswa daerah 2026",
                "Penelitian", ObtainMethod.SALINAN_HARDCOPY, DeliveryMethod.DIAMBIL_LANGSUNG, "hash-of-tracking-code",
                budi);

        fixture.givenNoPriorActivity()
                .when(byProxy)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((InformationRequestRegistered event) ->
                                event.requester().equals(RINA) && budi.equals(event.proxy())),
                        andNoMore())));
    }

    @Test
    void a_request_in_person_has_no_proxy() {
        fixture.givenNoPriorActivity()
                .when(request("req-6", MONDAY_BEFORE_NYEPI))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((InformationRequestRegistered event) -> event.proxy() == null),
                        andNoMore())));
    }
}
