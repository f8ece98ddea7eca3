package id.go.cilegon.sigap.command.complaint;

import static id.go.cilegon.sigap.command.complaint.Complaints.AHMAD;
import static id.go.cilegon.sigap.command.complaint.Complaints.CALENDAR;
import static id.go.cilegon.sigap.command.complaint.Complaints.CIWADUK;
import static id.go.cilegon.sigap.command.complaint.Complaints.POLICY;
import static id.go.cilegon.sigap.command.complaint.Complaints.VERIFIER;
import static id.go.cilegon.sigap.command.complaint.Complaints.WIB;
import static id.go.cilegon.sigap.command.complaint.Complaints.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintConverted;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintMerged;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRules;
import id.go.cilegon.sigap.command.complaint.api.ConvertComplaint;
import id.go.cilegon.sigap.command.complaint.api.DuplicateAttached;
import id.go.cilegon.sigap.command.complaint.api.MergeComplaint;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.informationrequest.InformationRequest;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Merging and conversion change two aggregates in one unit of work, which Axon's single-aggregate fixture cannot
 * show; this runs them in an Axon configuration with an in-memory event store and reads the events both wrote.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintMergingAndConversionTest {

    private static final Instant NOW = wib(2026, 11, 3, 10, 0);
    private static final ComplaintId ORIGINAL = ComplaintId.of("original");
    private static final ComplaintId DUPLICATE = ComplaintId.of("duplicate");

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(NOW, WIB);
        Map<String, Long> issued = new HashMap<>();
        RegisterSequence registers = (register, year) -> issued.merge(register + "/" + year, 1L, Long::sum);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .configureAggregate(Complaint.class)
                .configureAggregate(InformationRequest.class)
                .registerComponent(Clock.class, configuration -> clock)
                .registerComponent(WorkingDayCalendar.class, configuration -> CALENDAR)
                .registerComponent(ComplaintPolicy.class, configuration -> POLICY)
                .registerComponent(ClarificationPolicy.class, configuration -> ClarificationPolicy.PAUSE)
                .registerCommandHandler(configuration -> new ComplaintRegistration(
                        configuration.repository(Complaint.class), registers, CALENDAR, POLICY))
                .registerCommandHandler(configuration -> new InformationRequestRegistration(
                        configuration.repository(InformationRequest.class), registers, CALENDAR))
                .registerCommandHandler(configuration -> new ComplaintMerging(
                        configuration.repository(Complaint.class), clock))
                .registerCommandHandler(configuration -> new ComplaintConversion(
                        configuration.repository(Complaint.class),
                        new InformationRequestRegistration(configuration.repository(InformationRequest.class),
                                registers, CALENDAR), clock))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
        register(ORIGINAL, AHMAD);
        register(DUPLICATE, AHMAD);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void register(ComplaintId id, PersonalData<Complainant> complainant) {
        commands.sendAndWait(new RegisterComplaint(id, Channel.WEB, wib(2026, 11, 2, 10, 0), complainant, false,
                "Jalan berlubang", "Lubang besar di depan sekolah", ComplaintCategory.INFRASTRUKTUR, CIWADUK,
                List.of(), "hash-" + id.value(), null));
    }

    private List<Object> events(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private static String code(Throwable failure) {
        return failure instanceof RuleViolation violation ? violation.code() : failure.toString();
    }

    @Test
    void a_merge_closes_the_duplicate_and_tells_the_original_whose_code_now_follows_it() {
        commands.sendAndWait(new MergeComplaint(DUPLICATE, ORIGINAL, VERIFIER));

        assertThat(events("duplicate")).last().isInstanceOfSatisfying(ComplaintMerged.class, merged -> {
            assertThat(merged.originalId()).isEqualTo(ORIGINAL);
            assertThat(merged.originalNumber().value()).isEqualTo("ADUAN/2026/000001");
        });
        assertThat(events("original")).last().isInstanceOfSatisfying(DuplicateAttached.class, attached ->
                assertThat(attached.duplicateTrackingCodeHash()).isEqualTo("hash-duplicate"));
    }

    @Test
    void a_complaint_is_not_merged_into_itself() {
        assertThatThrownBy(() -> commands.sendAndWait(new MergeComplaint(ORIGINAL, ORIGINAL, VERIFIER)))
                .satisfies(failure -> assertThat(code(failure)).isEqualTo(ComplaintRules.MERGE_INTO_ITSELF));
        assertThat(events("original")).hasSize(1);
    }

    @Test
    void nothing_is_merged_into_a_closed_complaint_and_neither_side_changes() {
        commands.sendAndWait(new RejectComplaint(ORIGINAL, RejectionReason.BUKAN_PENGADUAN, "Tidak jelas", null,
                VERIFIER));

        assertThatThrownBy(() -> commands.sendAndWait(new MergeComplaint(DUPLICATE, ORIGINAL, VERIFIER)))
                .satisfies(failure -> assertThat(code(failure)).isEqualTo(ComplaintRules.ORIGINAL_NOT_OPEN));
        assertThat(events("original")).last().isInstanceOf(ComplaintRejected.class);
        assertThat(events("duplicate")).hasSize(1);
    }

    @Test
    void a_conversion_registers_a_permohonan_from_the_complaints_receipt_for_the_same_person_and_code() {
        RegistrationNumber number = commands.sendAndWait(new ConvertComplaint(ORIGINAL,
                "Salinan kontrak perbaikan jalan", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                "Yang diminta adalah dokumen", VERIFIER));

        assertThat(number.value()).isEqualTo("PPID/2026/000001");
        ComplaintConverted converted = (ComplaintConverted) events("original").get(1);
        assertThat(converted.registrationNumber()).isEqualTo(number);
        InformationRequestRegistered registered =
                (InformationRequestRegistered) events(converted.requestId().value()).get(0);
        assertThat(registered.receivedAt()).isEqualTo(wib(2026, 11, 2, 10, 0));
        assertThat(registered.requester().subject()).isEqualTo(AHMAD.subject());
        assertThat(registered.requester().value().name()).isEqualTo("Ahmad Fauzi");
        assertThat(registered.trackingCodeHash()).isEqualTo("hash-original");
        assertThat(registered.purpose()).contains("ADUAN/2026/000001");
    }

    @Test
    void an_anonymous_complaint_cannot_become_a_permohonan() {
        ComplaintId anonymous = ComplaintId.of("anonymous");
        register(anonymous, null);

        assertThatThrownBy(() -> commands.sendAndWait(new ConvertComplaint(anonymous, "Salinan kontrak",
                ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, "Dokumen", VERIFIER)))
                .satisfies(failure -> assertThat(code(failure)).isEqualTo(ComplaintRules.ANONYMOUS_CONVERSION));
        assertThat(events("anonymous")).hasSize(1);
    }
}
