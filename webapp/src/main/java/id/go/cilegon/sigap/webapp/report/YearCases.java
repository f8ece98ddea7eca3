package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.ComplaintProjection;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintsReceived;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import id.go.cilegon.sigap.query.informationrequest.register.RegisterProjection;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListObjectionRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRequestRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.mediaissue.MediaIssueProjection;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The cases a report of a year, or of its half, counts: the register lines of requests and keberatan, the
 * complaints, each received in the period, and the media issues detected in it. The registers are by year, so a semester keeps the lines received in it.
 */
@Component
class YearCases {

    /** The processors whose read models hold these cases. */
    private static final List<String> SOURCES = List.of(RegisterProjection.PROCESSING_GROUP,
            ComplaintProjection.PROCESSING_GROUP, MediaIssueProjection.PROCESSING_GROUP);

    private final Messaging messaging;
    private final WorkingDayCalendar calendar;
    private final ReadModelVersions versions;

    YearCases(Messaging messaging, WorkingDayCalendar calendar, ReadModelVersions versions) {
        this.messaging = messaging;
        this.calendar = calendar;
        this.versions = versions;
    }

    /** The version of the read models these cases come from: figures computed from them hold while it does. */
    Mono<Object> version() {
        return versions.of(SOURCES);
    }

    record Cases(List<RequestRegisterEntry> requests, List<ObjectionRegisterEntry> objections,
            List<ReportedComplaint> complaints, List<MediaIssueFile> mediaIssues) {
    }

    /** @param semester 1 or 2 for a half-year, 0 for the whole year */
    Mono<Cases> of(int year, int semester) {
        LocalDate start = LocalDate.of(year, semester == 2 ? 7 : 1, 1);
        LocalDate end = semester == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
        Instant from = start.atStartOfDay(calendar.zone()).toInstant();
        Instant to = end.atStartOfDay(calendar.zone()).toInstant();
        Mono<List<RequestRegisterEntry>> requests = messaging.query(new ListRequestRegister(year, null, false),
                ResponseTypes.multipleInstancesOf(RequestRegisterEntry.class));
        Mono<List<ObjectionRegisterEntry>> objections = messaging.query(new ListObjectionRegister(year, null, false),
                ResponseTypes.multipleInstancesOf(ObjectionRegisterEntry.class));
        Mono<List<ReportedComplaint>> complaints = messaging.query(new ListComplaintsReceived(from, to),
                ResponseTypes.multipleInstancesOf(ReportedComplaint.class));
        Mono<List<MediaIssueFile>> mediaIssues = messaging.query(new ListMediaIssues(Set.of(), year),
                ResponseTypes.multipleInstancesOf(MediaIssueFile.class));
        return Mono.zip(requests, objections, complaints, mediaIssues).map(found -> new Cases(
                found.getT1().stream().filter(entry -> within(entry.receivedAt(), from, to)).toList(),
                found.getT2().stream().filter(entry -> within(entry.receivedAt(), from, to)).toList(),
                found.getT3(),
                found.getT4().stream().filter(issue -> within(issue.detectedAt(), from, to))
                        .sorted(Comparator.comparing(MediaIssueFile::number)).toList()));
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
