package id.go.cilegon.sigap.webapp.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The officers' password login, refusing a locked account before its password is even checked and counting every
 * wrong password ({@link LoginAttempts}). A disabled account is refused like a wrong password. When the officer has
 * a TOTP second factor, the right password only opens the code page ({@link SecondFactor}); the count of failures is
 * cleared by the right code then, not by the password alone.
 */
class LockingAuthenticationManager implements ReactiveAuthenticationManager {

    private final UserDetailsRepositoryReactiveAuthenticationManager passwords;
    private final LoginAttempts attempts;
    private final OfficerTotp totp;

    LockingAuthenticationManager(OfficerAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts,
            OfficerTotp totp) {
        this.passwords = new UserDetailsRepositoryReactiveAuthenticationManager(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.totp = totp;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication login) {
        String username = login.getName();
        return attempts.locked(username).flatMap(locked -> locked
                ? Mono.error(new LockedException("The account " + username + " is locked for a while"))
                : passwords.authenticate(login)
                        .flatMap(authenticated -> Mono.fromCallable(() -> totp.active(username))
                                .subscribeOn(Schedulers.boundedElastic())
                                .flatMap(secondFactor -> secondFactor ? Mono.just(SecondFactor.awaiting(username))
                                        : attempts.succeeded(username).thenReturn(authenticated)))
                        .onErrorResume(BadCredentialsException.class,
                                wrong -> attempts.failed(username).then(Mono.error(wrong))));
    }
}
