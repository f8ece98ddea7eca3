package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The supervisors' digest in the running application, delivered over real SMTP to GreenMail: a notice and a
 * complaint verification that fall due are listed on their day, and as missed on the next working day.
 */
@SigapTest
class DailyDigestTest {

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    OfficeDates dates;

    @Autowired
    Urgency.Ranking urgency;

    @Autowired
    Clock clock;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private DailyDigest digest(List<String> recipients) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        return new DailyDigest(queries, beans.getBeanProvider(JavaMailSender.class), calendar, dates, urgency, clock,
                recipients, "sigap@cilegon.go.id", "https://sigap.cilegon.go.id/");
    }

    @Test
    void a_deadline_is_due_soon_on_its_day_and_missed_on_the_next_working_day() throws Exception {
        Instant now = Instant.now();
        RegistrationNumber request = commands.sendAndWait(new RegisterInformationRequest(InformationRequestId.newId(),
                Channel.WEB, now, PersonalData.of(DataSubjectId.newId(), new Requester("Ringkasan Uji",
                        Requester.IdentityKind.NIK, "3672010101900098", "Jl. Uji 2", "081200001111", null, "Guru")),
                "Data sekolah", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.generate().hash()));
        ComplaintNumber complaint = commands.sendAndWait(new RegisterComplaint(ComplaintId.newId(), Channel.WEB, now,
                null, false, "Got mampet", "Air tergenang", ComplaintCategory.INFRASTRUKTUR,
                new Location("Grogol", "Gerem", null, null), List.of(), TrackingCode.generate().hash(), null));
        LocalDate noticeDue = calendar.workingDaysAfter(now, 10).dueDate();
        LocalDate verificationDue = calendar.workingDaysAfter(now, 3).dueDate();
        DailyDigest digest = digest(List.of("supervisor@cilegon.go.id"));
        awaitInDigest(digest, verificationDue, complaint.value());

        assertThat(digest.send(verificationDue)).isTrue();
        assertThat(digest.send(next(noticeDue))).isTrue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        String dueDay = (String) received[0].getContent();
        assertThat(received[0].getSubject()).contains(dates.date(verificationDue, java.util.Locale.forLanguageTag("id")));
        assertThat(dueDay.substring(dueDay.indexOf("Jatuh tempo"))).contains(complaint.value(),
                "Verifikasi pengaduan", "https://sigap.cilegon.go.id/petugas/pengaduan/");
        String dayAfter = (String) received[1].getContent();
        assertThat(dayAfter.substring(0, dayAfter.indexOf("Jatuh tempo"))).contains(request.value(),
                "Pemberitahuan tertulis", "https://sigap.cilegon.go.id/petugas/permohonan/");
        assertThat(received[1].getAllRecipients()[0]).hasToString("supervisor@cilegon.go.id");
    }

    @Test
    void a_media_issue_awaiting_triage_is_due_soon_on_its_day_and_missed_on_the_next() {
        MediaIssueId issue = MediaIssueId.newId();
        Instant now = Instant.now();
        commands.sendAndWait(new LogMediaIssue(issue, new MediaSource(MediaKind.MEDIA_SOSIAL, "Instagram", null,
                "Lampu jalan mati sepekan", null, now, null), IssueOrigin.PETUGAS, null, OfficerId.of("media"), now));
        MediaIssueFile file = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindMediaIssue(issue.value()), ResponseTypes.optionalInstanceOf(MediaIssueFile.class)).join(),
                Optional::isPresent).orElseThrow();
        LocalDate due = file.triageDeadline().dueDate();
        DailyDigest digest = digest(List.of("supervisor@cilegon.go.id"));

        assertThat(digest.build(due).dueSoon()).filteredOn(item -> item.number().equals(file.number()))
                .singleElement().satisfies(item -> {
                    assertThat(item.kind()).isEqualTo("Triase isu media");
                    assertThat(item.path()).isEqualTo("/petugas/isu/" + issue.value());
                });
        assertThat(digest.build(next(due)).missed()).extracting(DailyDigest.Item::number).contains(file.number());
        assertThat(digest.build(next(next(due))).missed()).extracting(DailyDigest.Item::number)
                .as("a breach is reported once, on the working day after it").doesNotContain(file.number());
    }

    @Test
    void without_recipients_nothing_is_sent() {
        assertThat(digest(List.of()).send(LocalDate.now(clock.withZone(calendar.zone())))).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The read models trail the commands by moments. */
    private static void awaitInDigest(DailyDigest digest, LocalDate day, String number) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (digest.build(day).dueSoon().stream().noneMatch(item -> item.number().equals(number))
                && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
        }
    }
}
