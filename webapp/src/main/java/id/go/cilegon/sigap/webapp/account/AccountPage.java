package id.go.cilegon.sigap.webapp.account;

import id.go.cilegon.sigap.webapp.account.OfficerForms.CodeForm;
import id.go.cilegon.sigap.webapp.account.OfficerForms.CurrentPasswordForm;
import id.go.cilegon.sigap.webapp.account.OfficerForms.PasswordChangeForm;
import id.go.cilegon.sigap.webapp.security.LoginAttempts;
import id.go.cilegon.sigap.webapp.security.OfficerAccount;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerSessions;
import id.go.cilegon.sigap.webapp.security.OfficerTotp;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The officer's own account ({@code /petugas/akun}), for every role: change the password (with the current one and
 * under the {@link PasswordPolicy}), and enrol or turn off a TOTP second factor. Enrolling and turning off ask for
 * the current password, so a session left open is not enough to take the account over; a wrong current password
 * counts as a wrong login. The enrolment shows the secret as a QR code and as text, and is active only once the
 * first code from the app confirms it. After a change this session goes on and the officer's other sessions end;
 * the officer can also end those other sessions alone (a login left open on another computer).
 */
@Controller
class AccountPage {

    private static final String PAGE = "/petugas/akun";

    private enum Check { RIGHT, WRONG, LOCKED }

    private final OfficerAccounts accounts;
    private final OfficerTotp totp;
    private final LoginAttempts attempts;
    private final OfficerSessions sessions;
    private final PasswordPolicy policy;
    private final Units units;
    private final FieldMessages messages;

    AccountPage(OfficerAccounts accounts, OfficerTotp totp, LoginAttempts attempts, OfficerSessions sessions,
            PasswordPolicy policy, Units units, FieldMessages messages) {
        this.accounts = accounts;
        this.totp = totp;
        this.attempts = attempts;
        this.sessions = sessions;
        this.policy = policy;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    Mono<String> show(@RequestParam(name = "berhasil", required = false) String done, Principal officer,
            Model model) {
        model.addAttribute("done", done);
        return blocking(() -> page(model, officer.getName(), Map.of()));
    }

    @PostMapping(PAGE + "/kata-sandi")
    Mono<String> changePassword(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
            BindingResult errors, Principal officer, Model model, ServerWebExchange exchange) {
        String username = officer.getName();
        if (errors.hasFieldErrors("kataSandiLama")) {
            return refuse(model, username, errors, exchange);
        }
        return current(username, form.kataSandiLama(), errors, "kataSandiLama").flatMap(check -> {
            if (check != Check.RIGHT || errors.hasErrors()) {
                return refuse(model, username, errors, exchange);
            }
            return blocking(() -> {
                if (!form.kataSandiBaru().equals(form.ulangiKataSandiBaru())) {
                    FieldMessages.reject(errors, "ulangiKataSandiBaru", "account.password.repeat");
                }
                if (accounts.passwordMatches(username, form.kataSandiBaru())) {
                    FieldMessages.reject(errors, "kataSandiBaru", "account.password.same");
                }
                policy.check(errors, "kataSandiBaru", form.kataSandiBaru(), username,
                        accounts.account(username).map(OfficerAccount::displayName).orElse(""));
                if (!errors.hasErrors()) {
                    accounts.setPassword(username, form.kataSandiBaru(), OfficerAccount.ChangeKind.PASSWORD_CHANGED,
                            username);
                }
                return !errors.hasErrors();
            }).flatMap(changed -> changed ? kept(exchange, username, "kata-sandi")
                    : refuse(model, username, errors, exchange));
        });
    }

    @PostMapping(PAGE + "/totp")
    Mono<String> beginTotp(@Valid @ModelAttribute("currentPasswordForm") CurrentPasswordForm form,
            BindingResult errors, Principal officer, Model model, ServerWebExchange exchange) {
        String username = officer.getName();
        if (errors.hasErrors()) {
            return refuse(model, username, errors, exchange);
        }
        return current(username, form.kataSandi(), errors, "kataSandi").flatMap(check -> check != Check.RIGHT
                ? refuse(model, username, errors, exchange)
                : blocking(() -> {
                    totp.begin(username);
                    return "redirect:" + PAGE + "#totp";
                }));
    }

    @PostMapping(PAGE + "/totp/konfirmasi")
    Mono<String> confirmTotp(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult errors,
            Principal officer, Model model, ServerWebExchange exchange) {
        String username = officer.getName();
        if (errors.hasErrors()) {
            return refuse(model, username, errors, exchange);
        }
        return blocking(() -> totp.confirm(username, form.kode())).flatMap(confirmed -> {
            if (confirmed) {
                return kept(exchange, username, "totp-aktif");
            }
            FieldMessages.reject(errors, "kode", "account.totp.wrong-code");
            return refuse(model, username, errors, exchange);
        });
    }

    @PostMapping(PAGE + "/totp/matikan")
    Mono<String> turnOffTotp(@Valid @ModelAttribute("currentPasswordForm") CurrentPasswordForm form,
            BindingResult errors, Principal officer, Model model, ServerWebExchange exchange) {
        String username = officer.getName();
        if (errors.hasErrors()) {
            return refuse(model, username, errors, exchange);
        }
        return current(username, form.kataSandi(), errors, "kataSandi").flatMap(check -> check != Check.RIGHT
                ? refuse(model, username, errors, exchange)
                : blocking(() -> {
                    accounts.removeTotp(username, OfficerAccount.ChangeKind.TOTP_TURNED_OFF, username);
                    return true;
                }).flatMap(removed -> kept(exchange, username, "totp-mati")));
    }

    /** Ends the officer's sessions on other devices (a login left open elsewhere); this one goes on. */
    @PostMapping(PAGE + "/sesi-lain")
    Mono<String> endOtherSessions(Principal officer, ServerWebExchange exchange) {
        String username = officer.getName();
        return blocking(() -> {
            accounts.endSessions(username, username);
            return true;
        }).flatMap(ended -> kept(exchange, username, "sesi-lain"));
    }

    /** Checks the current password, counting a wrong one as a wrong login; refuses {@code field} unless right. */
    private Mono<Check> current(String username, String password, BindingResult errors, String field) {
        return attempts.locked(username).flatMap(locked -> locked ? Mono.just(Check.LOCKED)
                        : blocking(() -> accounts.passwordMatches(username, password))
                                .flatMap(right -> right ? Mono.just(Check.RIGHT)
                                        : attempts.failed(username).thenReturn(Check.WRONG)))
                .doOnNext(check -> {
                    if (check == Check.WRONG) {
                        FieldMessages.reject(errors, field, "account.password.wrong");
                    } else if (check == Check.LOCKED) {
                        FieldMessages.reject(errors, field, "account.password.locked");
                    }
                });
    }

    private Mono<String> kept(ServerWebExchange exchange, String username, String done) {
        return sessions.keep(exchange, username).thenReturn("redirect:" + PAGE + "?berhasil=" + done);
    }

    private Mono<String> refuse(Model model, String username, BindingResult errors, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        Map<String, List<String>> byField = messages.byField(errors, exchange.getLocaleContext().getLocale());
        return blocking(() -> page(model, username, byField));
    }

    private String page(Model model, String username, Map<String, List<String>> errors) {
        OfficerAccount account = accounts.account(username).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("unitName", units.name(account.unit()));
        model.addAttribute("enrolment", account.totpActive() ? null : totp.pending(username).orElse(null));
        model.addAttribute("errors", errors);
        return "petugas/akun";
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
