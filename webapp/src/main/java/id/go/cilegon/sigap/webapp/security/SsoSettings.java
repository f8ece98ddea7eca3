package id.go.cilegon.sigap.webapp.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OIDC login with the city's identity provider ({@code sigap.security.oidc.*}). The client secret comes from the
 * environment ({@code SIGAP_SECURITY_OIDC_CLIENT_SECRET}) or from a secrets file ({@code client-secret-file}, e.g. a
 * container secret); it is never logged, and {@link #toString()} leaves it out.
 *
 * @param identityClaim the ID token's claim that names the officer's account ({@code ssoIdentity} on the account)
 * @param name          the provider's name on the login button
 */
record SsoSettings(String issuerUri, String clientId, String clientSecret, List<String> scopes,
        String identityClaim, String name) {

    /** The registration id in Sigap's addresses: {@code /oauth2/authorization/sso}, {@code /login/oauth2/code/sso}. */
    static final String REGISTRATION = "sso";

    SsoSettings {
        if (blank(issuerUri) || blank(clientId) || blank(clientSecret) || blank(identityClaim)) {
            throw new IllegalStateException("sigap.security.oidc.enabled needs issuer-uri, client-id, identity-claim "
                    + "and the client secret (SIGAP_SECURITY_OIDC_CLIENT_SECRET or client-secret-file)");
        }
        scopes = List.copyOf(scopes);
    }

    /** The secret as given, or else the content of {@code secretFile} without its surrounding blanks. */
    static String secret(String secret, String secretFile) {
        if (!blank(secret) || blank(secretFile)) {
            return secret;
        }
        try {
            return Files.readString(Path.of(secretFile.strip()), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OIDC client secret file " + secretFile, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "SsoSettings[issuerUri=" + issuerUri + ", clientId=" + clientId + ", scopes=" + scopes
                + ", identityClaim=" + identityClaim + "]";
    }
}
