package id.go.cilegon.sigap.webapp.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;

/**
 * The officers' password login, refusing a locked account before its password is even checked and counting every
 * wrong password ({@link LoginAttempts}).
 */
class LockingAuthenticationManager implements ReactiveAuthenticationManager {

    private final UserDetailsRepositoryReactiveAuthenticationManager passwords;
    private final LoginAttempts attempts;

    LockingAuthenticationManager(OfficerAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts) {
        this.passwords = new UserDetailsRepositoryReactiveAuthenticationManager(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication login) {
        String username = login.getName();
        return attempts.locked(username).flatMap(locked -> locked
                ? Mono.error(new LockedException("The account " + username + " is locked for a while"))
                : passwords.authenticate(login)
                        .flatMap(authenticated -> attempts.succeeded(username).thenReturn(authenticated))
                        .onErrorResume(BadCredentialsException.class,
                                wrong -> attempts.failed(username).then(Mono.error(wrong))));
    }
}
