package id.go.cilegon.sigap.webapp.security;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The second step of a login ({@link SecondFactor}): the officer types the 6-digit code of their authenticator app.
 * A wrong code counts as a wrong password ({@link LoginAttempts}): when the account locks, the half-done login ends.
 * The right code replaces the half-done login with the officer's roles in a new session id.
 */
@Controller
class SecondFactorPage {

    private final OfficerTotp totp;
    private final OfficerAccounts accounts;
    private final LoginAttempts attempts;
    private final OfficerSessions sessions;
    private final ServerSecurityContextRepository contexts;
    private final FieldMessages messages;
    private final ServerRequestCache requests;

    SecondFactorPage(OfficerTotp totp, OfficerAccounts accounts, LoginAttempts attempts, OfficerSessions sessions,
            ServerSecurityContextRepository contexts, ServerRequestCache requests, FieldMessages messages) {
        this.totp = totp;
        this.requests = requests;
        this.accounts = accounts;
        this.attempts = attempts;
        this.sessions = sessions;
        this.contexts = contexts;
        this.messages = messages;
    }

    @GetMapping(SecondFactor.CODE_PAGE)
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "masuk-kode";
    }

    @PostMapping(SecondFactor.CODE_PAGE)
    Mono<String> verify(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return exchange.getPrincipal().map(Principal::getName).flatMap(username -> {
            if (errors.hasErrors()) {
                return refuse(model, exchange, errors);
            }
            return attempts.locked(username).flatMap(locked -> locked ? lockedOut(exchange)
                    : Mono.fromCallable(() -> totp.verify(username, form.kode()))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(right -> right ? attempts.succeeded(username).then(complete(exchange, username))
                                    : attempts.failed(username).then(attempts.locked(username))
                                            .flatMap(nowLocked -> nowLocked ? lockedOut(exchange)
                                                    : wrong(model, exchange, errors))));
        });
    }

    private Mono<String> complete(ServerWebExchange exchange, String username) {
        return accounts.officer(username).flatMap(officer -> {
            Authentication login = SecondFactor.complete(username, officer.roles());
            return contexts.save(exchange, new SecurityContextImpl(login))
                    .then(sessions.begin(exchange, username))
                    .then(requests.getRedirectUri(exchange).map(URI::toString)
                            .defaultIfEmpty(OfficerLoginSuccess.START_PAGE))
                    .map(target -> "redirect:" + target);
        });
    }

    private Mono<String> wrong(Model model, ServerWebExchange exchange, BindingResult errors) {
        FieldMessages.reject(errors, "kode", "login.code.wrong");
        return refuse(model, exchange, errors);
    }

    private Mono<String> refuse(Model model, ServerWebExchange exchange, BindingResult errors) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        model.addAttribute("errors", messages.byField(errors, exchange.getLocaleContext().getLocale()));
        return Mono.just("masuk-kode");
    }

    private static Mono<String> lockedOut(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(session -> session.invalidate())
                .thenReturn("redirect:" + SecurityConfiguration.LOGIN_PAGE + "?terkunci");
    }

    /** The code as the officer typed it. */
    record CodeForm(@NotBlank @Pattern(regexp = "\\d{6}") String kode) {
    }
}
