package id.go.cilegon.sigap.webapp.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Bahasa Indonesia first: every page is Indonesian unless the reader chose English with {@code ?lang=en},
 * which a cookie then remembers. The browser's own language is deliberately not consulted, so an officer's
 * English browser does not change what a citizen is shown on the same kiosk.
 */
@Component("localeContextResolver")
public class LanguageSwitch implements LocaleContextResolver {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String PARAMETER = "lang";
    static final String COOKIE = "sigap-lang";
    private static final Set<String> SUPPORTED = Set.of("id", "en");

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String chosen = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        if (chosen != null && SUPPORTED.contains(chosen)) {
            LocaleContext context = new SimpleLocaleContext(Locale.forLanguageTag(chosen));
            setLocaleContext(exchange, context);
            return context;
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return new SimpleLocaleContext(Locale.forLanguageTag(cookie.getValue()));
        }
        return new SimpleLocaleContext(INDONESIAN);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        Locale locale = localeContext == null ? null : localeContext.getLocale();
        String language = locale == null ? "id" : locale.getLanguage();
        if (SUPPORTED.contains(language)) {
            exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, language)
                    .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build());
        }
    }
}
