package id.go.cilegon.sigap.command.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssuePolicy;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseDrafted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * One media issue's history for the fixture tests: an article on flooding published Monday 2 November 2026 at
 * 08:00 WIB and logged at 09:00, a month without holidays; triage is due Tuesday 3 November.
 */
final class MediaIssues {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));
    static final MediaIssuePolicy POLICY = new MediaIssuePolicy(1, Map.of(IssueUrgency.RENDAH, 7));

    static final MediaIssueId ID = MediaIssueId.forUrl("https://radarbanten.example/banjir-ciwandan");
    static final MediaIssueNumber NUMBER = MediaIssueNumber.of(2026, 1);
    static final Instant DETECTED = wib(2026, 11, 2, 9, 0);
    static final MediaSource ARTICLE = new MediaSource(MediaKind.BERITA_DARING, "Radar Banten",
            "https://radarbanten.example/banjir-ciwandan", "Banjir rendam Ciwandan, warga keluhkan drainase",
            "Warga menilai Pemkot lambat", wib(2026, 11, 2, 8, 0), 12_000L);

    static final OfficerId MEDIA_OFFICER = OfficerId.of("media");
    static final OfficerId SUPERVISOR = OfficerId.of("supervisor");
    static final UnitId DPUTR = UnitId.of("DPUTR");

    private MediaIssues() {
    }

    static Instant wib(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant();
    }

    static FixtureConfiguration<MediaIssue> at(Instant now) {
        FixtureConfiguration<MediaIssue> fixture = new AggregateTestFixture<>(MediaIssue.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(POLICY);
        return fixture;
    }

    static MediaIssueLogged logged() {
        return new MediaIssueLogged(ID, NUMBER, ARTICLE, IssueOrigin.PETUGAS, null, MEDIA_OFFICER, DETECTED,
                CALENDAR.workingDaysAfter(DETECTED, 1));
    }

    static Deadline responseDeadline(Instant triagedAt, IssueUrgency urgency) {
        return CALENDAR.workingDaysAfter(triagedAt, POLICY.responseWorkingDays(urgency));
    }

    static MediaIssueTriaged triaged(Instant at, IssueUrgency urgency) {
        return new MediaIssueTriaged(ID, "Banjir dan drainase", Sentiment.NEGATIF, urgency, DPUTR, List.of(),
                MEDIA_OFFICER, at, responseDeadline(at, urgency));
    }

    static MediaResponseDrafted drafted(int version, Instant at) {
        return new MediaResponseDrafted(ID, version, ResponseKind.SIARAN_PERS, "Pemkot tangani drainase Ciwandan",
                "DPUTR mengerahkan alat berat sejak Senin pagi.", MEDIA_OFFICER, at);
    }

    /** Triaged as sedang on Monday 11:00, drafted at 13:00 and sent for approval at 14:00. */
    static Object[] awaitingApproval() {
        return new Object[] {logged(), triaged(wib(2026, 11, 2, 11, 0), IssueUrgency.SEDANG),
                drafted(1, wib(2026, 11, 2, 13, 0)),
                new MediaResponseSubmitted(ID, 1, MEDIA_OFFICER, wib(2026, 11, 2, 14, 0))};
    }

    static Object[] approved() {
        return then(awaitingApproval(),
                new MediaResponseApproved(ID, 1, null, SUPERVISOR, wib(2026, 11, 2, 15, 0)));
    }

    static Object[] then(Object[] history, Object... more) {
        List<Object> all = new ArrayList<>(Arrays.asList(history));
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
