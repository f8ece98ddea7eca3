package id.go.cilegon.sigap.command.mediaissue;

import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.DPUTR;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.ID;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.MEDIA_OFFICER;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.SUPERVISOR;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.approved;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.at;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.awaitingApproval;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.drafted;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.logged;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.responseDeadline;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.then;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.triaged;
import static id.go.cilegon.sigap.command.mediaissue.MediaIssues.wib;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.mediaissue.api.ApproveMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.AskUnitForClarification;
import id.go.cilegon.sigap.command.mediaissue.api.CloseMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.DraftMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueClosed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseDrafted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponsePublished;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseRejected;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.MonitoringNoted;
import id.go.cilegon.sigap.command.mediaissue.api.NoteMonitoring;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaPublication;
import id.go.cilegon.sigap.command.mediaissue.api.RecordUnitClarification;
import id.go.cilegon.sigap.command.mediaissue.api.RejectMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.SubmitMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationReceived;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationRequested;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A media issue from triage to a published, approved response, and every refusal on the way. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MediaIssueLifecycleTest {

    private static final Instant TRIAGE = wib(2026, 11, 2, 11, 0);
    private static final OfficerId DPUTR_OFFICER = OfficerId.of("pelaksana-dputr");

    @Test
    void triage_starts_the_response_clock_of_its_urgency() {
        at(TRIAGE).given(logged())
                .when(new TriageMediaIssue(ID, " Banjir dan drainase ", Sentiment.NEGATIF, IssueUrgency.SEDANG, DPUTR,
                        List.of("ADUAN/2026/000004 ", "ADUAN/2026/000004"), MEDIA_OFFICER))
                .expectEvents(new MediaIssueTriaged(ID, "Banjir dan drainase", Sentiment.NEGATIF,
                        IssueUrgency.SEDANG, DPUTR, List.of("ADUAN/2026/000004"), MEDIA_OFFICER, TRIAGE,
                        responseDeadline(TRIAGE, IssueUrgency.SEDANG)));
        assertThat(responseDeadline(TRIAGE, IssueUrgency.SEDANG).dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(responseDeadline(TRIAGE, IssueUrgency.RENDAH).dueDate())
                .as("the policy's own figure for rendah").isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void a_later_triage_keeps_the_clock_unless_the_urgency_changes() {
        Instant later = wib(2026, 11, 3, 9, 0);
        at(later).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new TriageMediaIssue(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.SEDANG, DPUTR, List.of(),
                        MEDIA_OFFICER))
                .expectEvents(new MediaIssueTriaged(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.SEDANG, DPUTR,
                        List.of(), MEDIA_OFFICER, later, responseDeadline(TRIAGE, IssueUrgency.SEDANG)));
        at(later).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new TriageMediaIssue(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.KRISIS, DPUTR, List.of(),
                        MEDIA_OFFICER))
                .expectEvents(new MediaIssueTriaged(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.KRISIS, DPUTR,
                        List.of(), MEDIA_OFFICER, later, responseDeadline(later, IssueUrgency.KRISIS)));
    }

    @Test
    void nothing_is_asked_or_drafted_before_triage() {
        Instant now = wib(2026, 11, 2, 10, 0);
        at(now).given(logged())
                .when(new DraftMediaResponse(ID, ResponseKind.KLARIFIKASI, "Judul", "Isi", MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_TRIAGED));
        at(now).given(logged())
                .when(new AskUnitForClarification(ID, DPUTR, "Data?", wib(2026, 11, 3, 12, 0), MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_TRIAGED));
    }

    @Test
    void a_unit_is_asked_once_at_a_time_and_its_answer_is_marked_late_after_the_due_time() {
        Instant asked = wib(2026, 11, 2, 12, 0);
        Instant due = wib(2026, 11, 3, 12, 0);
        UnitClarificationRequested request =
                new UnitClarificationRequested(ID, DPUTR, "Berapa titik genangan?", due, MEDIA_OFFICER, asked);
        at(asked).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new AskUnitForClarification(ID, DPUTR, " Berapa titik genangan? ", due, MEDIA_OFFICER))
                .expectEvents(request);
        at(asked).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG), request)
                .when(new AskUnitForClarification(ID, DPUTR, "Lagi", due, MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.CLARIFICATION_PENDING));
        at(asked).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new AskUnitForClarification(ID, DPUTR, "Data?", asked, MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.DUE_NOT_IN_FUTURE));
        Instant answered = wib(2026, 11, 3, 13, 0);
        at(answered).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG), request)
                .when(new RecordUnitClarification(ID, DPUTR, "Tiga titik, sudah disedot", DPUTR_OFFICER))
                .expectEvents(new UnitClarificationReceived(ID, DPUTR, "Tiga titik, sudah disedot",
                        DPUTR_OFFICER, answered, true));
        at(answered).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new RecordUnitClarification(ID, DPUTR, "Jawaban", MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NO_CLARIFICATION_PENDING));
    }

    @Test
    void a_draft_goes_for_approval_only_when_every_unit_asked_has_answered() {
        Instant now = wib(2026, 11, 2, 14, 0);
        UnitClarificationRequested request = new UnitClarificationRequested(ID, DPUTR, "Data?",
                wib(2026, 11, 3, 12, 0), MEDIA_OFFICER, wib(2026, 11, 2, 12, 0));
        at(now).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new SubmitMediaResponse(ID, MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NO_DRAFT));
        at(now).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG), request, drafted(1, wib(2026, 11, 2, 13, 0)))
                .when(new SubmitMediaResponse(ID, MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.CLARIFICATION_PENDING));
        at(now).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG), drafted(1, wib(2026, 11, 2, 13, 0)),
                        drafted(2, wib(2026, 11, 2, 13, 30)))
                .when(new SubmitMediaResponse(ID, MEDIA_OFFICER))
                .expectEvents(new MediaResponseSubmitted(ID, 2, MEDIA_OFFICER, now));
    }

    @Test
    void approval_takes_a_second_pair_of_eyes() {
        Instant now = wib(2026, 11, 2, 15, 0);
        at(now).given(awaitingApproval())
                .when(new ApproveMediaResponse(ID, "", MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.OWN_DRAFT));
        at(now).given(awaitingApproval())
                .when(new ApproveMediaResponse(ID, " Setuju ", SUPERVISOR))
                .expectEvents(new MediaResponseApproved(ID, 1, "Setuju", SUPERVISOR, now));
    }

    @Test
    void a_rejected_version_is_revised_and_sent_again() {
        Instant now = wib(2026, 11, 2, 15, 0);
        MediaResponseRejected rejected = new MediaResponseRejected(ID, 1, "Tambahkan data titik", SUPERVISOR, now);
        at(now).given(awaitingApproval())
                .when(new RejectMediaResponse(ID, "Tambahkan data titik", SUPERVISOR))
                .expectEvents(rejected);
        at(now).given(then(awaitingApproval(), rejected))
                .when(new DraftMediaResponse(ID, ResponseKind.SIARAN_PERS, "Judul baru", "Isi baru", MEDIA_OFFICER))
                .expectEvents(new MediaResponseDrafted(ID, 2, ResponseKind.SIARAN_PERS, "Judul baru", "Isi baru",
                        MEDIA_OFFICER, now));
        at(now).given(awaitingApproval())
                .when(new DraftMediaResponse(ID, ResponseKind.SIARAN_PERS, "Judul", "Isi", MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_DRAFTING));
        at(now).given(logged(), triaged(TRIAGE, IssueUrgency.SEDANG))
                .when(new RejectMediaResponse(ID, "Tidak", SUPERVISOR))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_AWAITING_APPROVAL));
    }

    @Test
    void only_an_approved_response_is_published_and_a_late_one_says_so() {
        Instant now = wib(2026, 11, 9, 10, 0);
        at(now).given(awaitingApproval())
                .when(new RecordMediaPublication(ID, "Situs Pemkot", now, null, MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_APPROVED));
        Instant inTime = wib(2026, 11, 5, 9, 0);
        at(now).given(approved())
                .when(new RecordMediaPublication(ID, " Situs Pemkot ", inTime, " https://cilegon.example/rilis ",
                        MEDIA_OFFICER))
                .expectEvents(new MediaResponsePublished(ID, 1, "Situs Pemkot", inTime, "https://cilegon.example/rilis",
                        MEDIA_OFFICER, now, false));
        at(now).given(approved())
                .when(new RecordMediaPublication(ID, "Situs Pemkot", now, "", MEDIA_OFFICER))
                .expectEvents(new MediaResponsePublished(ID, 1, "Situs Pemkot", now, null, MEDIA_OFFICER, now,
                        true));
    }

    @Test
    void after_publication_the_story_is_watched_and_the_issue_closed() {
        Instant now = wib(2026, 11, 6, 10, 0);
        MediaResponsePublished published = new MediaResponsePublished(ID, 1, "Situs Pemkot",
                wib(2026, 11, 3, 9, 0), null, MEDIA_OFFICER, wib(2026, 11, 3, 9, 0), false);
        at(now).given(then(approved(), published))
                .when(new NoteMonitoring(ID, "Radar Banten memuat rilis", MEDIA_OFFICER))
                .expectEvents(new MonitoringNoted(ID, "Radar Banten memuat rilis", MEDIA_OFFICER, now));
        at(now).given(then(approved(), published))
                .when(new CloseMediaIssue(ID, "Pemberitaan mereda", MEDIA_OFFICER))
                .expectEvents(new MediaIssueClosed(ID, "Pemberitaan mereda", true, MEDIA_OFFICER, now));
        at(now).given(approved())
                .when(new NoteMonitoring(ID, "Catatan", MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_PUBLISHED));
        at(now).given(awaitingApproval())
                .when(new CloseMediaIssue(ID, "Selesai", MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.NOT_CLOSABLE));
    }

    @Test
    void an_issue_that_needs_no_response_closes_after_triage_and_then_nothing_more_happens() {
        Instant now = wib(2026, 11, 2, 12, 0);
        MediaIssueClosed closed = new MediaIssueClosed(ID, "Berita positif, tidak perlu tanggapan", false,
                MEDIA_OFFICER, now);
        at(now).given(logged(), triaged(TRIAGE, IssueUrgency.RENDAH))
                .when(new CloseMediaIssue(ID, "Berita positif, tidak perlu tanggapan", MEDIA_OFFICER))
                .expectEvents(closed);
        at(now).given(logged(), triaged(TRIAGE, IssueUrgency.RENDAH), closed)
                .when(new TriageMediaIssue(ID, "Banjir", Sentiment.NEGATIF, IssueUrgency.KRISIS, null, List.of(),
                        MEDIA_OFFICER))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.ISSUE_CLOSED));
    }

    @Test
    void a_missed_triage_and_a_missed_response_are_each_recorded_once() {
        Instant wednesday = wib(2026, 11, 4, 9, 0);
        MediaDeadlineMissed triageMissed = new MediaDeadlineMissed(ID, MediaDeadlineMissed.Stage.TRIASE,
                LocalDate.of(2026, 11, 3), wednesday);
        at(wednesday).given(logged())
                .when(new RecordMediaDeadlineMissed(ID))
                .expectEvents(triageMissed);
        at(wednesday).given(logged(), triageMissed)
                .when(new RecordMediaDeadlineMissed(ID))
                .expectNoEvents();
        at(wib(2026, 11, 3, 9, 0)).given(logged())
                .when(new RecordMediaDeadlineMissed(ID))
                .expectNoEvents()
                .expectException(refusedWith(MediaIssueRules.DEADLINE_NOT_PASSED));
        Instant friday = wib(2026, 11, 6, 9, 0);
        MediaDeadlineMissed responseMissed = new MediaDeadlineMissed(ID, MediaDeadlineMissed.Stage.TANGGAPAN,
                LocalDate.of(2026, 11, 5), friday);
        at(friday).given(awaitingApproval())
                .when(new RecordMediaDeadlineMissed(ID))
                .expectEvents(responseMissed);
        at(friday).given(then(awaitingApproval(), responseMissed))
                .when(new RecordMediaDeadlineMissed(ID))
                .expectNoEvents();
    }

    @Test
    void the_same_article_has_the_same_identity_however_its_address_is_spelled() {
        assertThat(MediaIssueId.forUrl("HTTPS://RadarBanten.example/banjir-ciwandan/?utm_source=wa#komentar"))
                .isEqualTo(ID);
        assertThat(MediaSource.normalizeUrl("https://a.example/x?id=3&utm_medium=fb"))
                .isEqualTo("https://a.example/x?id=3");
        assertThat(MediaIssueId.forUrl("https://radarbanten.example/banjir-citangkil")).isNotEqualTo(ID);
    }
}
