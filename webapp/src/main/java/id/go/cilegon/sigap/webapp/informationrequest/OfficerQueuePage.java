package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/** The PPID officers' queue: open requests, the nearest written-notice deadline first, with hari kerja left. */
@Controller
class OfficerQueuePage {

    private final Messaging messaging;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;

    OfficerQueuePage(Messaging messaging, WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency) {
        this.messaging = messaging;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
    }

    @GetMapping("/petugas")
    String home() {
        return "redirect:/petugas/permohonan";
    }

    @GetMapping("/petugas/permohonan")
    Mono<String> queue(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        return messaging.query(new ListOpenRequests(), ResponseTypes.multipleInstancesOf(OpenRequest.class))
                .map(open -> {
                    List<QueueLine> lines = open.stream().map(request -> {
                        int left = calendar.workingDaysUntil(today, request.noticeDue());
                        return new QueueLine(request, left, urgency.of(left));
                    }).toList();
                    model.addAttribute("lines", lines);
                    model.addAttribute("today", today);
                    return "petugas/antrian";
                });
    }

    record QueueLine(OpenRequest request, int workingDaysLeft, Urgency urgency) {
    }
}
