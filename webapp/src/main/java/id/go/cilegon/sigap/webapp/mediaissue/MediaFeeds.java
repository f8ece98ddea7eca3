package id.go.cilegon.sigap.webapp.mediaissue;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reads the RSS and Atom feeds of the monitored media ({@code sigap.media.feeds}) and logs each new item that
 * mentions one of its feed's keywords as a media issue. The HTTP client has connect and read time-outs and reads
 * at most {@link #MAX_BYTES} of a feed; ROME parses it with DOCTYPEs refused (no external entities). An item is
 * known by its link, so reading a feed again logs nothing twice, on this node or another.
 */
public class MediaFeeds {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MediaFeeds.class);

    /**
     * One monitored feed.
     *
     * @param name     the outlet's name as the issues show it
     * @param keywords an item becomes an issue only when its title or text contains one (any case); empty for all
     */
    public record Feed(String name, URI url, List<String> keywords) {

        public Feed {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }

    /** What one reading of one feed did. */
    record Reading(int items, int logged, int known) {
    }

    private final List<Feed> feeds;
    private final MediaIntake intake;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public MediaFeeds(List<Feed> feeds, MediaIntake intake, Duration timeout, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.intake = intake;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Scheduled(fixedDelayString = "${sigap.media.feed-interval:PT15M}",
            initialDelayString = "${sigap.media.feed-interval:PT15M}")
    void readAll() {
        for (Feed feed : feeds) {
            try {
                Reading reading = read(feed);
                log.info("Feed {}: {} items, {} new media issues, {} already known", feed.name(), reading.items(),
                        reading.logged(), reading.known());
            } catch (IOException | FeedException | RuntimeException e) {
                log.warn("Could not read the feed {} ({}): {}; the next reading retries", feed.name(), feed.url(),
                        e.toString());
            }
        }
    }

    Reading read(Feed feed) throws IOException, FeedException {
        HttpRequest request = HttpRequest.newBuilder(feed.url()).timeout(timeout)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1")
                .header("User-Agent", "Sigap media monitor (Diskominfo Kota Cilegon)").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String xml;
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("feed larger than " + MAX_BYTES + " bytes");
            }
            xml = new String(bytes, StandardCharsets.UTF_8);
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        List<SyndEntry> entries = input.build(new StringReader(xml)).getEntries();
        int logged = 0;
        int known = 0;
        for (SyndEntry entry : entries) {
            MediaSource source = source(feed, entry);
            if (source == null || !mentions(feed, source)) {
                continue;
            }
            if (intake.log(source, IssueOrigin.UMPAN_BERITA, feed.name(), null).logged()) {
                logged++;
            } else {
                known++;
            }
        }
        return new Reading(entries.size(), logged, known);
    }

    /** The item as a publication, or {@code null} when it has no usable link or title. */
    private MediaSource source(Feed feed, SyndEntry entry) {
        String link = entry.getLink() == null ? null : entry.getLink().strip();
        String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text().strip();
        if (link == null || !link.matches("https?://\\S{1,490}") || title.isEmpty()) {
            return null;
        }
        SyndContent description = entry.getDescription();
        String text = description == null || description.getValue() == null ? null
                : Jsoup.parse(description.getValue()).text().strip();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Instant published = date == null || date.toInstant().isAfter(clock.instant()) ? clock.instant()
                : date.toInstant();
        return new MediaSource(MediaKind.BERITA_DARING, feed.name(), link, shorten(title, 300),
                text == null || text.isEmpty() ? null : shorten(text, 4000), published, null);
    }

    private static boolean mentions(Feed feed, MediaSource source) {
        if (feed.keywords().isEmpty()) {
            return true;
        }
        String text = (source.title() + " " + (source.excerpt() == null ? "" : source.excerpt()))
                .toLowerCase(Locale.ROOT);
        return feed.keywords().stream().anyMatch(keyword -> text.contains(keyword.toLowerCase(Locale.ROOT)));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
