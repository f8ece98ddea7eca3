package id.go.cilegon.sigap.webapp.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.report.DailyDigest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Demo mode only: a local mail catcher (GreenMail's SMTP server on {@code spring.mail.port}) that receives the
 * supervisors' digest, and an admin page that shows what it caught and sends today's digest on demand, so the
 * e-mail can be read without an SMTP server.
 */
@Controller
@ConditionalOnBooleanProperty("sigap.demo.enabled")
class DemoMailCatcher implements DisposableBean {

    private final GreenMail server;
    private final DailyDigest digest;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    DemoMailCatcher(@Value("${spring.mail.port:3025}") int port, DailyDigest digest, Clock clock,
            WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.server.start();
        this.digest = digest;
        this.clock = clock;
    }

    /** One caught message as the page shows it. */
    record CaughtMail(String to, String subject, String body) {
    }

    @GetMapping("/admin/surel")
    String page(Model model) {
        List<CaughtMail> caught = new ArrayList<>(Arrays.stream(server.getReceivedMessages())
                .map(DemoMailCatcher::caught).toList());
        Collections.reverse(caught);
        model.addAttribute("mails", caught);
        return "admin/surel";
    }

    @PostMapping("/admin/surel/ringkasan")
    String sendDigest() {
        digest.send(LocalDate.now(clock.withZone(calendar.zone())));
        return "redirect:/admin/surel";
    }

    private static CaughtMail caught(MimeMessage message) {
        try {
            return new CaughtMail(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString)
                    .toList()), message.getSubject(), String.valueOf(message.getContent()));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("A caught message could not be read", e);
        }
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
