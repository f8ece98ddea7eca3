package id.go.cilegon.sigap.webapp.security;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officers' login form; Spring Security handles its POST. A parameter tells why the officer is here (a wrong
 * password, a locked account, a session that ended, …) and the page shows that notice only. With the city's OIDC
 * provider configured it offers that login too, and explains a refused identity by showing it, so the officer can
 * ask the admin to record it.
 */
@Controller
class LoginPage {

    private static final List<String> NOTICES = List.of("gagal", "terkunci", "keluar", "habis", "berakhir",
            "sso-ditolak", "sso-gagal");

    private final ObjectProvider<SsoLogin> sso;

    LoginPage(ObjectProvider<SsoLogin> sso) {
        this.sso = sso;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    Mono<String> login(Model model, ServerWebExchange exchange) {
        model.addAttribute("notices", NOTICES.stream()
                .filter(exchange.getRequest().getQueryParams()::containsKey).collect(Collectors.toSet()));
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
