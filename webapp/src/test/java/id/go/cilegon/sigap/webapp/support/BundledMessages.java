package id.go.cilegon.sigap.webapp.support;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Sigap's message bundles read as the application reads them, for a test of one piece without the application. */
public final class BundledMessages {

    private BundledMessages() {
    }

    /** The bundles of these base names ({@code messages}, {@code messages-register}, …), in UTF-8. */
    public static ResourceBundleMessageSource source(String... basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The general bundle, as the web filters' refusals read it. */
    public static FieldMessages fieldMessages() {
        return new FieldMessages(source("messages"));
    }
}
