package id.go.cilegon.sigap.command.complaint;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * One complaint's history for the fixture tests: received Monday 2 November 2026, 10:00 WIB, a month without
 * holidays, so the verification is due Thursday 5 November and a 5 hari kerja follow-up a week after disposition.
 */
final class Complaints {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard(WIB, LocalTime.of(16, 0));
    static final ComplaintPolicy POLICY =
            new ComplaintPolicy(3, 5, Map.of(ComplaintCategory.KETERTIBAN_UMUM, 2), 10, 2);

    static final ComplaintId ID = ComplaintId.of("complaint-1");
    static final ComplaintNumber NUMBER = ComplaintNumber.of(2026, 1);
    static final Instant RECEIVED = wib(2026, 11, 2, 10, 0);
    static final Deadline VERIFICATION = CALENDAR.workingDaysAfter(RECEIVED, 3);
    static final String TRACKING_HASH = "hash-of-tracking-code";

    static final OfficerId VERIFIER = OfficerId.of("petugas");
    static final OfficerId DPUTR_OFFICER = OfficerId.of("pelaksana-dputr");
    static final UnitId DPUTR = UnitId.of("DPUTR");
    static final UnitId DISHUB = UnitId.of("DISHUB");

    static final PersonalData<Complainant> AHMAD = PersonalData.of(DataSubjectId.of("subject-1"),
            new Complainant("Ahmad Fauzi", "3672011203880004", "081311112222", null, "Jl. Kemang 3"));
    static final Location CIWADUK = new Location("Cilegon", "Ciwaduk", -6.0123, 106.0456);
    static final List<Attachment> PHOTO =
            List.of(new Attachment("file-1", "lubang.jpg", "image/jpeg", 183_204));

    private Complaints() {
    }

    static Instant wib(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant();
    }

    static FixtureConfiguration<Complaint> at(Instant now) {
        FixtureConfiguration<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(POLICY);
        return fixture;
    }

    static RegisterComplaint register(PersonalData<Complainant> complainant, boolean confidential) {
        return new RegisterComplaint(ID, Channel.WEB, RECEIVED, complainant, confidential,
                "Jalan berlubang di depan SDN Ciwaduk", "Lubang besar, dua motor jatuh minggu ini",
                ComplaintCategory.INFRASTRUKTUR, CIWADUK, PHOTO, TRACKING_HASH, null);
    }

    // ------------------------------------------------------------------------------------------------ events

    static ComplaintRegistered registered() {
        return new ComplaintRegistered(ID, NUMBER, Channel.WEB, RECEIVED, AHMAD, false,
                "Jalan berlubang di depan SDN Ciwaduk", "Lubang besar, dua motor jatuh minggu ini",
                ComplaintCategory.INFRASTRUKTUR, CIWADUK, PHOTO, TRACKING_HASH, null, VERIFICATION);
    }

    static ComplaintRegistered registeredAnonymously() {
        return new ComplaintRegistered(ID, NUMBER, Channel.WEB, RECEIVED, null, false,
                "Jalan berlubang di depan SDN Ciwaduk", "Lubang besar, dua motor jatuh minggu ini",
                ComplaintCategory.INFRASTRUKTUR, CIWADUK, PHOTO, TRACKING_HASH, null, VERIFICATION);
    }

    static ComplainantAsked asked(Instant at) {
        return new ComplainantAsked(ID, "Di sisi jalan sebelah mana?", VERIFIER, at);
    }

    static ComplaintVerified verified(Instant at) {
        return new ComplaintVerified(ID, null, VERIFIER, at, false);
    }

    static ComplaintDisposed disposed(Instant at, UnitId... units) {
        return new ComplaintDisposed(ID, java.util.Arrays.stream(units)
                .map(unit -> new UnitFollowUp(unit, CALENDAR.workingDaysAfter(at, 5))).toList(),
                "Mohon ditinjau", VERIFIER, at);
    }

    static DispositionAccepted accepted(UnitId unit, Instant at) {
        return new DispositionAccepted(ID, unit, DPUTR_OFFICER, at);
    }

    static ComplaintAnswered answered(Instant at) {
        return new ComplaintAnswered(ID, DPUTR, "Lubang sudah ditambal", DPUTR_OFFICER, at,
                CALENDAR.workingDaysAfter(at, 10));
    }

    /** A history followed by more events. */
    static Object[] then(Object[] history, Object... more) {
        Object[] all = java.util.Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    /** Verified Tue 3 Nov, disposed to DPUTR the same day, accepted Wed 4 Nov. */
    static Object[] inHandOfDputr() {
        return new Object[] {registered(), verified(wib(2026, 11, 3, 9, 0)), disposed(wib(2026, 11, 3, 10, 0), DPUTR),
                accepted(DPUTR, wib(2026, 11, 4, 9, 0))};
    }

}
