package id.go.cilegon.sigap.webapp.security;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeReactiveAuthenticationManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The optional login with the city's OpenID Connect provider (e.g. the Pemkot's Keycloak), on only when
 * {@code sigap.security.oidc.enabled} is true (ADR 0021). The identity the provider vouches for (the claim
 * {@code identity-claim} of the ID token) must be the one an admin recorded on an enabled officer's account: the
 * officer then has that account's roles, or — with a TOTP second factor — goes on to the code page. An identity no
 * account carries is refused, never turned into a new account.
 *
 * <p>The provider's discovery document is read at the first login, not at start, so Sigap starts while the provider
 * is down; it is read again after twelve hours, and again after a failure.
 */
@Component
@ConditionalOnProperty(name = "sigap.security.oidc.enabled", havingValue = "true")
class SsoLogin {

    /** An identity that is no enabled officer's: the refusal the login page explains. */
    static final String UNKNOWN_IDENTITY = "sigap_unknown_identity";
    /** Where the refused identity waits for the login page to show it. */
    static final String REFUSED_IDENTITY = "sigap.sso.refused";

    private final SsoSettings settings;
    private final OfficerAccounts accounts;
    private final OfficerTotp totp;
    private final Mono<ClientRegistration> registration;

    SsoLogin(@Value("${sigap.security.oidc.issuer-uri:}") String issuerUri,
            @Value("${sigap.security.oidc.client-id:}") String clientId,
            @Value("${sigap.security.oidc.client-secret:}") String clientSecret,
            @Value("${sigap.security.oidc.client-secret-file:}") String clientSecretFile,
            @Value("${sigap.security.oidc.scopes:openid,profile,email}") List<String> scopes,
            @Value("${sigap.security.oidc.identity-claim:preferred_username}") String identityClaim,
            @Value("${sigap.security.oidc.name:SSO Pemkot Cilegon}") String name,
            OfficerAccounts accounts, OfficerTotp totp) {
        this.settings = new SsoSettings(issuerUri, clientId, SsoSettings.secret(clientSecret, clientSecretFile),
                scopes, identityClaim, name);
        this.accounts = accounts;
        this.totp = totp;
        this.registration = Mono.fromCallable(() -> ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                        .registrationId(SsoSettings.REGISTRATION)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .scope(settings.scopes())
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .build())
                .subscribeOn(Schedulers.boundedElastic())
                .cache(found -> Duration.ofHours(12), failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    /** The provider's name for the login button. */
    String name() {
        return settings.name();
    }

    /**
     * The provider's access and refresh tokens are not used after the login, so none is kept: not in the session,
     * which lives in the store (ADR 0037). The officer's ID token stays in their principal, as it must.
     */
    private static final ServerOAuth2AuthorizedClientRepository KEEPS_NO_TOKENS =
            new ServerOAuth2AuthorizedClientRepository() {
                @Override
                public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String registrationId,
                        Authentication principal, ServerWebExchange exchange) {
                    return Mono.empty();
                }

                @Override
                public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                        ServerWebExchange exchange) {
                    return Mono.empty();
                }

                @Override
                public Mono<Void> removeAuthorizedClient(String registrationId, Authentication principal,
                        ServerWebExchange exchange) {
                    return Mono.empty();
                }
            };

    void configure(ServerHttpSecurity http, ServerAuthenticationSuccessHandler success,
            ServerSecurityContextRepository contexts) {
        ReactiveClientRegistrationRepository registrations = id -> SsoSettings.REGISTRATION.equals(id)
                ? registration : Mono.empty();
        http.oauth2Login(login -> login
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(KEEPS_NO_TOKENS)
                .authenticationManager(new OidcAuthorizationCodeReactiveAuthenticationManager(
                        new WebClientReactiveAuthorizationCodeTokenResponseClient(), officers()))
                .securityContextRepository(contexts)
                .authenticationSuccessHandler(success)
                .authenticationFailureHandler(failure()));
    }

    /** The provider's user as the officer whose account carries their identity, or a refusal. */
    private ReactiveOAuth2UserService<OidcUserRequest, OidcUser> officers() {
        OidcReactiveOAuth2UserService provider = new OidcReactiveOAuth2UserService();
        return request -> provider.loadUser(request).flatMap(user -> {
            Object claim = user.getClaims().get(settings.identityClaim());
            String identity = claim == null ? "" : claim.toString();
            return Mono.fromCallable(() -> identity.isEmpty() ? Optional.<OfficerAccount>empty()
                            : accounts.bySsoIdentity(identity).filter(OfficerAccount::enabled))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(account -> account.isEmpty()
                            ? Mono.error(new OAuth2AuthenticationException(
                                    new OAuth2Error(UNKNOWN_IDENTITY, identity, null)))
                            : Mono.fromCallable(() -> totp.active(account.get().username()))
                                    .subscribeOn(Schedulers.boundedElastic())
                                    .map(secondFactor -> new OfficerOidcUser(account.get().username(),
                                            secondFactor ? List.of(new SimpleGrantedAuthority(SecondFactor.PENDING))
                                                    : SecondFactor.complete(account.get().username(),
                                                            account.get().roles()).getAuthorities(),
                                            user)));
        });
    }

    private static ServerAuthenticationFailureHandler failure() {
        DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
        return (exchange, failure) -> {
            if (failure instanceof OAuth2AuthenticationException refused
                    && UNKNOWN_IDENTITY.equals(refused.getError().getErrorCode())) {
                return exchange.getExchange().getSession()
                        .doOnNext(session -> session.getAttributes().put(REFUSED_IDENTITY,
                                refused.getError().getDescription()))
                        .then(redirect.sendRedirect(exchange.getExchange(),
                                URI.create(SecurityConfiguration.LOGIN_PAGE + "?sso-ditolak")));
            }
            return redirect.sendRedirect(exchange.getExchange(),
                    URI.create(SecurityConfiguration.LOGIN_PAGE + "?sso-gagal"));
        };
    }

    /** The provider's user as Sigap's officer: named by the account's user name, with its roles. */
    static final class OfficerOidcUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        OfficerOidcUser(String username, Collection<? extends GrantedAuthority> authorities, OidcUser user) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OfficerOidcUser officer && officer.username.equals(username)
                    && super.equals(other);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
