package id.go.cilegon.sigap.webapp.account;

import id.go.cilegon.sigap.webapp.account.OfficerForms.EnableForm;
import id.go.cilegon.sigap.webapp.account.OfficerForms.NewOfficerForm;
import id.go.cilegon.sigap.webapp.account.OfficerForms.PasswordResetForm;
import id.go.cilegon.sigap.webapp.account.OfficerForms.ProfileForm;
import id.go.cilegon.sigap.webapp.security.OfficerAccount;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The admin's officer accounts ({@code /admin/petugas}): the list, a new account, and per account its name, roles,
 * unit and OIDC identity, a new password, disabling and enabling, resetting the second factor, and the history of
 * every change. Roles come from {@link OfficerRole}, units from the active units; a PPID Pelaksana has exactly one
 * unit and no other role has one. The last enabled administrator can be neither disabled nor stripped of the role.
 * Refused input shows the form again with each field's message, and nothing is changed.
 */
@Controller
class OfficerAdminPage {

    private static final String LIST = "/admin/petugas";

    private final OfficerAccounts accounts;
    private final Units units;
    private final PasswordPolicy policy;
    private final FieldMessages messages;

    OfficerAdminPage(OfficerAccounts accounts, Units units, PasswordPolicy policy, FieldMessages messages) {
        this.accounts = accounts;
        this.units = units;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping(LIST)
    Mono<String> list(Model model) {
        return blocking(() -> showList(model, NewOfficerForm.empty(), Map.of()));
    }

    @PostMapping(LIST)
    Mono<String> create(@Valid @ModelAttribute("newOfficerForm") NewOfficerForm form, BindingResult errors,
            Model model, Principal admin, ServerWebExchange exchange) {
        return blocking(() -> {
            checkProfile(errors, form.profile(), null);
            if (form.namaPengguna() != null && accounts.exists(form.namaPengguna())) {
                FieldMessages.reject(errors, "namaPengguna", "account.username.taken");
            }
            if (!errors.hasFieldErrors("kataSandi") && !errors.hasFieldErrors("namaPengguna")) {
                policy.check(errors, "kataSandi", form.kataSandi(), form.namaPengguna(), form.nama());
            }
            if (!errors.hasErrors() && accounts.create(new OfficerAccounts.NewOfficer(form.namaPengguna(),
                    form.nama().strip(), form.kataSandi(), roles(form.profile()), form.profile().unitCode(),
                    form.profile().ssoIdentity()), admin.getName())) {
                return done(form.namaPengguna(), "dibuat");
            }
            if (!errors.hasErrors()) {
                // Another admin took the name between the check and the insert.
                FieldMessages.reject(errors, "namaPengguna", "account.username.taken");
            }
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return showList(model, form, messages.byField(errors, exchange.getLocaleContext().getLocale()));
        });
    }

    @GetMapping(LIST + "/{username}")
    Mono<String> edit(@PathVariable("username") String username,
            @RequestParam(name = "berhasil", required = false) String done, Model model,
            ServerWebExchange exchange) {
        return blocking(() -> {
            OfficerAccount account = account(username);
            model.addAttribute("done", done);
            return showAccount(model, account, profileOf(account), Map.of(), exchange, HttpStatus.OK, null);
        });
    }

    @PostMapping(LIST + "/{username}")
    Mono<String> change(@PathVariable("username") String username,
            @Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Model model,
            Principal admin, ServerWebExchange exchange) {
        return blocking(() -> {
            OfficerAccount account = account(username);
            checkProfile(errors, form, account);
            if (!errors.hasErrors() && !accounts.change(account, form.nama().strip(), roles(form), form.unitCode(),
                    form.ssoIdentity(), admin.getName())) {
                FieldMessages.reject(errors, "peran", "account.last-admin");
            }
            if (errors.hasErrors()) {
                return refused(model, account, form, errors, exchange);
            }
            return done(username, "diubah");
        });
    }

    @PostMapping(LIST + "/{username}/kata-sandi")
    Mono<String> resetPassword(@PathVariable("username") String username,
            @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form, BindingResult errors, Model model,
            Principal admin, ServerWebExchange exchange) {
        return blocking(() -> {
            OfficerAccount account = account(username);
            if (!errors.hasErrors()) {
                policy.check(errors, "kataSandi", form.kataSandi(), username, account.displayName());
            }
            if (errors.hasErrors()) {
                return refused(model, account, profileOf(account), errors, exchange);
            }
            accounts.setPassword(username, form.kataSandi(), OfficerAccount.ChangeKind.PASSWORD_RESET,
                    admin.getName());
            return done(username, "kata-sandi");
        });
    }

    @PostMapping(LIST + "/{username}/aktif")
    Mono<String> enable(@PathVariable("username") String username,
            @Valid @ModelAttribute("enableForm") EnableForm form, BindingResult errors, Model model,
            Principal admin, ServerWebExchange exchange) {
        return blocking(() -> {
            OfficerAccount account = account(username);
            if (errors.hasErrors()) {
                return refused(model, account, profileOf(account), errors, exchange);
            }
            boolean enabled = Boolean.parseBoolean(form.aktif());
            if (enabled == account.enabled()) {
                return done(username, enabled ? "diaktifkan" : "dinonaktifkan");
            }
            if (!accounts.enable(username, enabled, admin.getName())) {
                return showAccount(model, account, profileOf(account), Map.of(), exchange, HttpStatus.CONFLICT,
                        "account.last-admin");
            }
            return done(username, enabled ? "diaktifkan" : "dinonaktifkan");
        });
    }

    @PostMapping(LIST + "/{username}/totp")
    Mono<String> resetTotp(@PathVariable("username") String username, Model model, Principal admin,
            ServerWebExchange exchange) {
        return blocking(() -> {
            OfficerAccount account = account(username);
            if (!account.totpActive()) {
                return showAccount(model, account, profileOf(account), Map.of(), exchange, HttpStatus.CONFLICT,
                        "account.totp.none");
            }
            accounts.removeTotp(username, OfficerAccount.ChangeKind.TOTP_RESET, admin.getName());
            return done(username, "totp");
        });
    }

    /** Ends every session the officer has open (a lost phone, a login left open at a shared desk). */
    @PostMapping(LIST + "/{username}/sesi")
    Mono<String> endSessions(@PathVariable("username") String username, Principal admin) {
        return blocking(() -> {
            accounts.endSessions(account(username).username(), admin.getName());
            return done(username, "sesi");
        });
    }

    /**
     * Roles must be known and at least one; a PPID Pelaksana needs an active unit, other roles none; an OIDC
     * identity belongs to one account only.
     */
    private void checkProfile(BindingResult errors, ProfileForm form, OfficerAccount account) {
        Set<String> known = Arrays.stream(OfficerRole.values()).map(Enum::name).collect(Collectors.toSet());
        if (form.roles().isEmpty()) {
            FieldMessages.reject(errors, "peran", "account.roles.none");
        } else if (!known.containsAll(form.roles())) {
            FieldMessages.reject(errors, "peran", "account.roles.unknown");
        }
        boolean pelaksana = form.roles().contains(OfficerRole.PPID_PELAKSANA.name());
        String unit = form.unitCode();
        if (pelaksana && unit == null) {
            FieldMessages.reject(errors, "unit", "account.unit.required");
        } else if (!pelaksana && unit != null) {
            FieldMessages.reject(errors, "unit", "account.unit.not-pelaksana");
        } else if (unit != null && units.active().stream().noneMatch(active -> active.code().equals(unit))
                && (account == null || !unit.equals(account.unit()))) {
            FieldMessages.reject(errors, "unit", "account.unit.unknown");
        }
        String identity = form.ssoIdentity();
        if (identity != null && !errors.hasFieldErrors("identitasSso")) {
            accounts.bySsoIdentity(identity)
                    .filter(other -> account == null || !other.username().equals(account.username()))
                    .ifPresent(other -> FieldMessages.reject(errors, "identitasSso", "account.sso.taken",
                            other.username()));
        }
    }

    private static Set<OfficerRole> roles(ProfileForm form) {
        Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
        form.roles().forEach(role -> roles.add(OfficerRole.valueOf(role)));
        return roles;
    }

    private OfficerAccount account(String username) {
        return accounts.account(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ProfileForm profileOf(OfficerAccount account) {
        return new ProfileForm(account.displayName(), account.roles().stream().map(Enum::name).sorted().toList(),
                account.unit(), account.ssoIdentity());
    }

    private String refused(Model model, OfficerAccount account, ProfileForm form, BindingResult errors,
            ServerWebExchange exchange) {
        return showAccount(model, account, form, messages.byField(errors, exchange.getLocaleContext().getLocale()),
                exchange, HttpStatus.BAD_REQUEST, null);
    }

    private static String done(String username, String what) {
        return "redirect:" + LIST + "/" + username + "?berhasil=" + what;
    }

    private String showList(Model model, NewOfficerForm form, Map<String, List<String>> errors) {
        model.addAttribute("officers", accounts.all());
        model.addAttribute("units", units.all());
        model.addAttribute("roles", OfficerRole.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/petugas";
    }

    private String showAccount(Model model, OfficerAccount account, ProfileForm form,
            Map<String, List<String>> errors, ServerWebExchange exchange, HttpStatus status, String refusal) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("account", account);
        model.addAttribute("units", units.all());
        model.addAttribute("roles", OfficerRole.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "admin/petugas-ubah";
    }

    private static Mono<String> blocking(Callable<String> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
