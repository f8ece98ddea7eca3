package id.go.cilegon.sigap.webapp.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The officers' login form; Spring Security handles its POST. */
@Controller
class LoginPage {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login() {
        return "masuk";
    }
}
