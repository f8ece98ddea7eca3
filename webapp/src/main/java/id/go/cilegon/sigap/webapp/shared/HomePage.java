package id.go.cilegon.sigap.webapp.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: what a citizen can do here. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "beranda";
    }
}
