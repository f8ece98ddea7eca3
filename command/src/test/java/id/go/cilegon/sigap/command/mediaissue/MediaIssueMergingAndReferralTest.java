package id.go.cilegon.sigap.command.mediaissue;

import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.ARTICLE;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.CALENDAR;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.MEDIA_OFFICER;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.POLICY;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.WIB;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.cilegon.sigap.command.complaint.Complaint;
import id.go.cilegon.sigap.command.complaint.ComplaintRegistration;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.informationrequest.InformationRequest;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.mediaissue.api.CloseMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDuplicateAttached;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueMerged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssuePolicy;
import id.go.cilegon.sigap.command.mediaissue.api.DraftMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueReferred;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.MergeMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.ReferMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * Logging (number and triage clock), merging and referral, which create or change more than one aggregate; run
 * in an Axon configuration with an in-memory event store, reading the events every aggregate wrote. That the same
 * article logged twice is refused needs the real store's unique stream key: the web intake tests show it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MediaIssueMergingAndReferralTest {

    private static final Instant NOW = wib(2026, 11, 2, 10, 0);
    private static final MediaIssueId ORIGINAL = MediaIssueId.forUrl(ARTICLE.url());
    private static final MediaSource REPOST = new MediaSource(MediaKind.MEDIA_SOSIAL, "@infocilegon",
            "https://instagram.example/p/banjir", "Banjir lagi di Ciwandan", null, wib(2026, 11, 2, 8, 30), 40_000L);
    private static final MediaIssueId DUPLICATE = MediaIssueId.forUrl(REPOST.url());

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(NOW, WIB);
        Map<String, Long> issued = new HashMap<>();
        RegisterSequence registers = (register, year) -> issued.merge(register + "/" + year, 1L, Long::sum);
        ComplaintPolicy complaintPolicy = new ComplaintPolicy(3, 5, Map.of(), 10, 2);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .configureAggregate(MediaIssue.class)
                .configureAggregate(Complaint.class)
                .configureAggregate(InformationRequest.class)
                .registerComponent(Clock.class, configuration -> clock)
                .registerComponent(WorkingDayCalendar.class, configuration -> CALENDAR)
                .registerComponent(MediaIssuePolicy.class,
                        configuration -> POLICY)
                .registerComponent(ComplaintPolicy.class, configuration -> complaintPolicy)
                .registerComponent(ClarificationPolicy.class, configuration -> ClarificationPolicy.PAUSE)
                .registerCommandHandler(configuration -> new MediaIssueLogging(
                        configuration.repository(MediaIssue.class), registers, CALENDAR, POLICY))
                .registerCommandHandler(configuration -> new MediaIssueMerging(
                        configuration.repository(MediaIssue.class), clock))
                .registerCommandHandler(configuration -> new MediaIssueReferral(
                        configuration.repository(MediaIssue.class),
                        new ComplaintRegistration(configuration.repository(Complaint.class), registers, CALENDAR,
                                complaintPolicy),
                        new InformationRequestRegistration(configuration.repository(InformationRequest.class),
                                registers, CALENDAR), clock))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private MediaIssueNumber log(MediaIssueId id, MediaSource source) {
        return commands.sendAndWait(new LogMediaIssue(id, source, IssueOrigin.PETUGAS, null, MEDIA_OFFICER,
                wib(2026, 11, 2, 9, 0)));
    }

    private List<Object> events(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private static String code(Throwable failure) {
        return failure instanceof RuleViolation violation ? violation.code() : failure.toString();
    }

    @Test
    void logging_issues_the_number_and_starts_the_triage_clock() {
        assertThat(log(ORIGINAL, ARTICLE).value()).isEqualTo("ISU/2026/000001");
        assertThat(log(DUPLICATE, REPOST).value()).isEqualTo("ISU/2026/000002");

        MediaIssueLogged logged = (MediaIssueLogged) events(ORIGINAL.value()).get(0);
        Deadline triage = logged.triageDeadline();
        assertThat(triage.dueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(logged.source()).isEqualTo(ARTICLE);
    }

    @Test
    void a_merge_closes_the_duplicate_and_adds_its_outlet_and_reach_to_the_original() {
        log(ORIGINAL, ARTICLE);
        log(DUPLICATE, REPOST);

        commands.sendAndWait(new MergeMediaIssue(DUPLICATE, ORIGINAL, MEDIA_OFFICER));

        assertThat(events(DUPLICATE.value())).last().isInstanceOfSatisfying(MediaIssueMerged.class, merged ->
                assertThat(merged.originalNumber().value()).isEqualTo("ISU/2026/000001"));
        assertThat(events(ORIGINAL.value())).last().isInstanceOfSatisfying(MediaDuplicateAttached.class,
                attached -> assertThat(attached.duplicateSource()).isEqualTo(REPOST));
    }

    @Test
    void nothing_merges_into_itself_or_into_a_closed_issue_and_neither_side_changes() {
        log(ORIGINAL, ARTICLE);
        log(DUPLICATE, REPOST);
        assertThatThrownBy(() -> commands.sendAndWait(new MergeMediaIssue(ORIGINAL, ORIGINAL, MEDIA_OFFICER)))
                .satisfies(failure -> assertThat(code(failure)).isEqualTo(MediaIssueRules.MERGE_INTO_ITSELF));

        commands.sendAndWait(new TriageMediaIssue(ORIGINAL, "Banjir", Sentiment.NEGATIF, IssueUrgency.RENDAH, null,
                List.of(), MEDIA_OFFICER));
        commands.sendAndWait(new CloseMediaIssue(ORIGINAL, "Tidak perlu tanggapan", MEDIA_OFFICER));
        assertThatThrownBy(() -> commands.sendAndWait(new MergeMediaIssue(DUPLICATE, ORIGINAL, MEDIA_OFFICER)))
                .satisfies(failure -> assertThat(code(failure)).isEqualTo(MediaIssueRules.ORIGINAL_NOT_OPEN));
        assertThat(events(DUPLICATE.value())).hasSize(1);
        assertThat(events(ORIGINAL.value())).hasSize(3);
    }

    @Test
    void a_service_complaint_in_the_media_becomes_an_anonymous_complaint_received_when_it_was_detected() {
        log(ORIGINAL, ARTICLE);

        String number = commands.sendAndWait(new ReferMediaIssue(ORIGINAL, ReferralKind.PENGADUAN,
                ComplaintCategory.INFRASTRUKTUR, new Location("Ciwandan", "Kepuh", null, null), null, null, null, null,
                null, "Keluhan drainase, bukan isu kebijakan", "hash-code", MEDIA_OFFICER));

        assertThat(number).isEqualTo("ADUAN/2026/000001");
        MediaIssueReferred referred = (MediaIssueReferred) events(ORIGINAL.value()).get(1);
        assertThat(referred.caseNumber()).isEqualTo(number);
        ComplaintRegistered registered = (ComplaintRegistered) events(referred.caseId()).get(0);
        assertThat(registered.complainant()).isNull();
        assertThat(registered.receivedAt()).isEqualTo(wib(2026, 11, 2, 9, 0));
        assertThat(registered.subject()).isEqualTo(ARTICLE.title());
        assertThat(registered.description()).contains("ISU/2026/000001", ARTICLE.url(), "Keluhan drainase");
    }

    @Test
    void a_journalists_document_request_becomes_a_permohonan_received_now() {
        log(ORIGINAL, ARTICLE);
        PersonalData<Requester> journalist = PersonalData.of(DataSubjectId.of("subject-9"), new Requester(
                "Dian Pratiwi", Requester.IdentityKind.NIK, "3672014101900005", "Jl. Merdeka 1", "081234567890",
                null, "Wartawan"));

        String number = commands.sendAndWait(new ReferMediaIssue(ORIGINAL, ReferralKind.PERMOHONAN, null, null,
                journalist, "Salinan kontrak normalisasi saluran", "Liputan", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                "Wartawan meminta dokumen", "hash-code", MEDIA_OFFICER));

        assertThat(number).isEqualTo("PPID/2026/000001");
        MediaIssueReferred referred = (MediaIssueReferred) events(ORIGINAL.value()).get(1);
        InformationRequestRegistered registered = (InformationRequestRegistered) events(referred.caseId()).get(0);
        assertThat(registered.receivedAt()).isEqualTo(NOW);
        assertThat(registered.requester()).isEqualTo(journalist);
        assertThat(registered.purpose()).isEqualTo("Liputan (dialihkan dari isu media ISU/2026/000001)");
    }

    @Test
    void an_issue_with_a_response_in_preparation_is_not_referred_and_no_case_is_made() {
        log(ORIGINAL, ARTICLE);
        commands.sendAndWait(new TriageMediaIssue(ORIGINAL, "Banjir", Sentiment.NEGATIF, IssueUrgency.SEDANG, null,
                List.of(), MEDIA_OFFICER));
        commands.sendAndWait(new DraftMediaResponse(ORIGINAL,
                ResponseKind.KLARIFIKASI, "Judul", "Isi", MEDIA_OFFICER));

        assertThatThrownBy(() -> commands.sendAndWait(new ReferMediaIssue(ORIGINAL, ReferralKind.PENGADUAN,
                ComplaintCategory.INFRASTRUKTUR, new Location("Ciwandan", "Kepuh", null, null), null, null, null, null,
                null, "Keluhan", "hash-code", MEDIA_OFFICER)))
                .satisfies(failure -> assertThat(code(failure)).isEqualTo(MediaIssueRules.TOO_LATE_TO_REDIRECT));
        assertThat(events(ORIGINAL.value())).hasSize(3);
    }
}
