package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The supervisors' morning e-mail: every written notice, complaint and media-issue clock that ran out since the last
 * working day, and every one that falls due within the "due soon" hari kerja ({@code sigap.deadlines.due-soon-working-days}).
 * Sent on working days only, at {@code sigap.digest.cron} office time, to {@code sigap.digest.recipients} through
 * the SMTP server of {@code spring.mail.*}; with no recipients nothing is sent.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final QueryGateway queries;
    private final ObjectProvider<JavaMailSender> mail;
    private final WorkingDayCalendar calendar;
    private final OfficeDates dates;
    private final Urgency.Ranking urgency;
    private final Clock clock;
    private final List<String> recipients;
    private final String sender;
    private final String baseUrl;

    /** @param mail the SMTP sender, which exists only when {@code spring.mail.host} is set */
    public DailyDigest(QueryGateway queries, ObjectProvider<JavaMailSender> mail, WorkingDayCalendar calendar,
            OfficeDates dates,
            Urgency.Ranking urgency, Clock clock,
            @Value("${sigap.digest.recipients:}") List<String> recipients,
            @Value("${sigap.digest.from:sigap@cilegon.go.id}") String sender,
            @Value("${sigap.public-url:http://localhost:8080}") String baseUrl) {
        this.queries = queries;
        this.mail = mail;
        this.calendar = calendar;
        this.dates = dates;
        this.urgency = urgency;
        this.clock = clock;
        this.recipients = recipients.stream().map(String::strip).filter(address -> !address.isEmpty()).toList();
        this.sender = sender;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** One case in the digest. */
    record Item(String number, String kind, LocalDate dueDate, String path) {
    }

    /** What ran out since the last working day, and what falls due soon, earliest first. */
    record Digest(LocalDate today, List<Item> missed, List<Item> dueSoon) {
    }

    @Scheduled(cron = "${sigap.digest.cron:0 0 6 * * *}", zone = "${sigap.calendar.zone:Asia/Jakarta}")
    void sendIfWorkingDay() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (calendar.isWorkingDay(today)) {
            send(today);
        }
    }

    /** @return whether a message went out */
    public boolean send(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (recipients.isEmpty()) {
            return false;
        }
        if (sender == null) {
            log.warn("The daily digest has recipients but no SMTP server (spring.mail.host); nothing was sent");
            return false;
        }
        Digest digest = build(today);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(this.sender);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject("Sigap: batas waktu " + dates.date(today, INDONESIAN) + " (" + digest.missed().size()
                + " terlewat, " + digest.dueSoon().size() + " segera jatuh tempo)");
        message.setText(text(digest));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("The daily digest of {} could not be sent; it is built again tomorrow", today, e);
            return false;
        }
    }

    Digest build(LocalDate today) {
        LocalDate lastWorkingDay = today.minusDays(1);
        while (!calendar.isWorkingDay(lastWorkingDay)) {
            lastWorkingDay = lastWorkingDay.minusDays(1);
        }
        List<Item> clocks = new ArrayList<>();
        queries.query(ListOpenRequests.everything(), ResponseTypes.instanceOf(RequestQueue.class)).join().requests()
                .stream()
                .filter(OpenRequest::noticeClockRunning)
                .forEach(request -> clocks.add(new Item(request.registrationNumber(), "Pemberitahuan tertulis",
                        request.noticeDue(), "/petugas/permohonan/" + request.requestId())));
        queries.query(ListComplaintQueue.everything(), ResponseTypes.instanceOf(ComplaintQueue.class))
                .join().items().stream().filter(item -> item.nextDue() != null)
                .forEach(item -> clocks.add(new Item(item.number(), kind(item), item.nextDue(),
                        "/petugas/pengaduan/" + item.complaintId())));
        queries.query(ListMediaIssues.open(), ResponseTypes.multipleInstancesOf(MediaIssueFile.class)).join()
                .forEach(issue -> issue.runningClock().ifPresent(running -> clocks.add(new Item(issue.number(),
                        running.kind() == MediaIssueFile.Clock.Kind.TRIASE ? "Triase isu media" : "Tanggapan isu media",
                        running.dueDate(), "/petugas/isu/" + issue.mediaIssueId()))));
        clocks.sort(Comparator.comparing(Item::dueDate).thenComparing(Item::number));
        LocalDate from = lastWorkingDay;
        List<Item> missed = clocks.stream()
                .filter(item -> !item.dueDate().isBefore(from) && item.dueDate().isBefore(today)).toList();
        List<Item> dueSoon = clocks.stream().filter(item -> !item.dueDate().isBefore(today))
                .filter(item -> urgency.of(calendar.workingDaysUntil(today, item.dueDate())) == Urgency.DUE_SOON)
                .toList();
        return new Digest(today, missed, dueSoon);
    }

    private static String kind(QueueItem item) {
        return switch (item.nextDueKind()) {
            case VERIFIKASI -> "Verifikasi pengaduan";
            case TINDAK_LANJUT -> "Tindak lanjut pengaduan";
            case UMPAN_BALIK -> "Penilaian pengadu";
        };
    }

    private String text(Digest digest) {
        StringBuilder text = new StringBuilder("Ringkasan batas waktu Sigap, ")
                .append(dates.date(digest.today(), INDONESIAN)).append(".\n\n");
        section(text, "Batas waktu yang terlewat sejak hari kerja terakhir", digest.missed());
        section(text, "Jatuh tempo dalam hari kerja dekat", digest.dueSoon());
        text.append("Laporan lengkap: ").append(baseUrl).append("/petugas/laporan\n");
        return text.toString();
    }

    private void section(StringBuilder text, String title, List<Item> items) {
        text.append(title).append(" (").append(items.size()).append("):\n");
        if (items.isEmpty()) {
            text.append("- tidak ada\n");
        }
        for (Item item : items) {
            text.append("- ").append(item.number()).append(" · ").append(item.kind()).append(" · ")
                    .append(dates.date(item.dueDate(), INDONESIAN)).append(" · ").append(baseUrl).append(item.path())
                    .append('\n');
        }
        text.append('\n');
    }
}
