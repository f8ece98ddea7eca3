package id.go.cilegon.sigap.webapp.shared;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Sigap's message bundles as the application reads them, for a test of a web filter without the application. */
final class BundledMessages {

    private BundledMessages() {
    }

    static FieldMessages fieldMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new FieldMessages(source);
    }
}
