package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.KipDeadlines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The <i>maklumat pelayanan</i> (Perki 1/2021 Pasal 47–48): the legal basis, the procedure, the periods, the cost,
 * the PPID's pledge and where its performance is published. The periods are the ones Sigap's clocks run: UU KIP's for
 * requests, keberatan and sengketa, and this installation's complaint policy.
 */
@Controller
class ServiceCharterPage {

    private final ComplaintPolicy complaints;

    ServiceCharterPage(ComplaintPolicy complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/maklumat-pelayanan")
    String charter(Model model) {
        model.addAttribute("notice", KipDeadlines.NOTICE);
        model.addAttribute("extension", KipDeadlines.EXTENSION);
        model.addAttribute("objectionWindow", KipDeadlines.OBJECTION_WINDOW);
        model.addAttribute("objectionAnswer", KipDeadlines.OBJECTION_ANSWER);
        model.addAttribute("disputeWindow", KipDeadlines.DISPUTE_WINDOW);
        model.addAttribute("verification", complaints.verificationWorkingDays());
        model.addAttribute("followUp", complaints.defaultFollowUpWorkingDays());
        model.addAttribute("feedback", complaints.feedbackWorkingDays());
        return "informasi/maklumat";
    }
}
