package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.personaldata.api.PersonInCase.CaseKind;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reveal page of a case's people, for the request and complaint pages alike: masked, with a form asking why;
 * whole once a reason is given, the read recorded first.
 */
@Component
public class RevealPage {

    static final String TEMPLATE = "petugas/data-pribadi";

    private final AccessLog log;
    private final FieldMessages messages;

    RevealPage(AccessLog log, FieldMessages messages) {
        this.log = log;
        this.messages = messages;
    }

    /** @param casePath where the case page is, to go back to */
    public record Case(CaseKind kind, String caseId, String number, String casePath) {
    }

    /** The masked view and the form. */
    public Mono<String> ask(Case shown, PersonalDataView masked, Model model) {
        return Mono.just(render(shown, masked, false, RevealForm.empty(), Map.of(), model));
    }

    /**
     * The whole data, once the reason is valid and recorded; an invalid reason comes back beside the field with
     * nothing shown and nothing recorded.
     */
    public Mono<String> reveal(Case shown, PersonalDataView masked, PersonalDataView whole, Officer officer,
            RevealForm form, BindingResult errors, Model model, ServerWebExchange exchange) {
        if (errors.hasErrors()) {
            Locale locale = exchange.getLocaleContext().getLocale();
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return Mono.just(render(shown, masked, false, form, messages.byField(errors, locale), model));
        }
        if (whole.isEmpty()) {
            return Mono.just(render(shown, whole, false, form, Map.of(), model));
        }
        return log.record(officer.username(), AccessLog.Action.BUKA_DATA, shown.kind(), shown.caseId(),
                shown.number(), form.reason()).thenReturn(render(shown, whole, true, form, Map.of(), model));
    }

    private static String render(Case shown, PersonalDataView view, boolean whole, RevealForm form,
            Map<String, ?> errors, Model model) {
        model.addAttribute("shown", shown);
        model.addAttribute("view", view);
        model.addAttribute("whole", whole);
        model.addAttribute("revealForm", form);
        model.addAttribute("errors", errors);
        return TEMPLATE;
    }
}
