package id.go.cilegon.sigap.command.mediaissue.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * What was published, as the monitoring officer or the feed saw it. A public article is not personal data; a
 * post's author is named only by the outlet or account, never with contact details.
 *
 * @param outlet      the outlet or platform account, e.g. {@code Radar Banten} or {@code @infocilegon}
 * @param url         the article or post, or {@code null} for print, radio and television without one
 * @param excerpt     the passage that matters, or {@code null}
 * @param publishedAt when it was published
 * @param reach       the estimated audience (readers, views, followers), or {@code null} when unknown
 */
public record MediaSource(
        MediaKind kind,
        String outlet,
        String url,
        String title,
        String excerpt,
        Instant publishedAt,
        Long reach) {

    /**
     * The address with its scheme and host in lower case and without fragment, trailing slash or
     * {@code utm_*} tracking parameters: two links to one article give one address.
     */
    public static String normalizeUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String query = uri.getRawQuery() == null ? null : String.join("&",
                    Arrays.stream(uri.getRawQuery().split("&"))
                            .filter(part -> !part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("utm_"))
                            .toList());
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return (uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT) + "://")
                    + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority().toLowerCase(Locale.ROOT))
                    + path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + url, e);
        }
    }
}
