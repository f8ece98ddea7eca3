package id.go.cilegon.sigap.webapp.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officers' login form; Spring Security handles its POST. With the city's OIDC provider configured it offers
 * that login too, and explains a refused identity by showing it, so the officer can ask the admin to record it.
 */
@Controller
class LoginPage {

    private final ObjectProvider<SsoLogin> sso;

    LoginPage(ObjectProvider<SsoLogin> sso) {
        this.sso = sso;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    Mono<String> login(Model model, ServerWebExchange exchange) {
        sso.ifAvailable(login -> {
            model.addAttribute("sso", login.name());
            model.addAttribute("ssoStart", "/oauth2/authorization/" + SsoSettings.REGISTRATION);
        });
        return exchange.getSession().map(session -> {
            Object refused = session.getAttributes().remove(SsoLogin.REFUSED_IDENTITY);
            if (refused != null) {
                model.addAttribute("ssoRefused", refused);
            }
            return "masuk";
        });
    }
}
