package id.go.cilegon.sigap.command.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.EraseDataSubjects;
import id.go.cilegon.sigap.command.personaldata.api.ExportSubjectData;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.RequestBasis;
import id.go.cilegon.sigap.command.personaldata.api.SubjectDataExported;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.SubjectKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A data subject's request is recorded with whom it concerns; an erasure deletes their keys before it is recorded. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DataSubjectRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final DataSubjectRequestId ID = DataSubjectRequestId.of("pdp-1");
    private static final OfficerId ADMIN = new OfficerId("admin");
    private static final DataSubjectId SITI = DataSubjectId.of("subject-siti");
    private static final List<PersonInCase> PEOPLE = List.of(
            new PersonInCase(SITI, PersonInCase.CaseKind.PERMOHONAN, "request-1", "PPID/2026/000001",
                    PersonInCase.Role.PEMOHON),
            new PersonInCase(SITI, PersonInCase.CaseKind.PENGADUAN, "complaint-1", "ADUAN/2026/000001",
                    PersonInCase.Role.PENGADU));

    private final List<DataSubjectId> forgotten = new ArrayList<>();
    private FixtureConfiguration<DataSubjectRequest> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(DataSubjectRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((SubjectKeys) forgotten::add);
    }

    @Test
    void an_export_is_recorded_with_whom_it_concerned() {
        fixture.givenNoPriorActivity()
                .when(new ExportSubjectData(ID, PEOPLE, "Surat 12/PDP/2026", null, ADMIN))
                .expectEvents(new SubjectDataExported(ID, PEOPLE, "Surat 12/PDP/2026", null, ADMIN, NOW));
        assertThat(forgotten).isEmpty();
    }

    @Test
    void an_erasure_deletes_each_key_once_and_is_recorded() {
        fixture.given(new SubjectDataExported(ID, PEOPLE, "Surat 12/PDP/2026", null, ADMIN, NOW.minusSeconds(60)))
                .when(new EraseDataSubjects(ID, PEOPLE, RequestBasis.PERMINTAAN_SUBJEK, "Surat 12/PDP/2026",
                        "diminta lewat surel", ADMIN))
                .expectEvents(new DataSubjectsErased(ID, PEOPLE, RequestBasis.PERMINTAAN_SUBJEK, "Surat 12/PDP/2026",
                        "diminta lewat surel", ADMIN, NOW));
        assertThat(forgotten).containsExactly(SITI);
    }

    @Test
    void an_erased_request_can_neither_export_nor_erase_again() {
        DataSubjectsErased erased = new DataSubjectsErased(ID, PEOPLE, RequestBasis.RETENSI, "retensi", null, null,
                NOW.minusSeconds(60));
        fixture.given(erased)
                .when(new ExportSubjectData(ID, PEOPLE, "Surat 13/PDP/2026", null, ADMIN))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The people of request pdp-1 were erased already")
                .expectNoEvents();
        fixture.given(erased)
                .when(new EraseDataSubjects(ID, PEOPLE, RequestBasis.PERMINTAAN_SUBJEK, "again", null, ADMIN))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        assertThat(forgotten).isEmpty();
    }

    @Test
    void a_request_naming_nobody_is_refused_and_forgets_nothing() {
        fixture.givenNoPriorActivity()
                .when(new EraseDataSubjects(ID, List.of(), RequestBasis.PERMINTAAN_SUBJEK, "Surat", null, ADMIN))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The request names nobody")
                .expectNoEvents();
        assertThat(forgotten).isEmpty();
    }

    @Test
    void an_erasure_tells_each_read_model_which_roles_to_scrub_on_which_case() {
        DataSubjectId proxy = DataSubjectId.of("subject-kuasa");
        DataSubjectsErased erased = new DataSubjectsErased(ID, List.of(PEOPLE.get(0), PEOPLE.get(1),
                new PersonInCase(proxy, PersonInCase.CaseKind.PERMOHONAN, "request-1", "PPID/2026/000001",
                        PersonInCase.Role.KUASA)), RequestBasis.PERMINTAAN_SUBJEK, "Surat", null, ADMIN, NOW);

        assertThat(erased.rolesByCase(PersonInCase.CaseKind.PERMOHONAN))
                .isEqualTo(Map.of("request-1", Set.of(PersonInCase.Role.PEMOHON, PersonInCase.Role.KUASA)));
        assertThat(erased.rolesByCase(PersonInCase.CaseKind.PENGADUAN))
                .isEqualTo(Map.of("complaint-1", Set.of(PersonInCase.Role.PENGADU)));
    }
}
