package id.go.cilegon.sigap.webapp.shared;

import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long listing as a page shows it: which lines (the {@code halaman} parameter, from 1), how many in
 * all, and links to the pages before and after that keep the listing's other parameters. A listing is read a page at
 * a time, so a queue of tens of thousands of cases costs the page, not the queue, on the server and on a cheap phone.
 *
 * @param previous the link to the page before, {@code null} on the first
 * @param next     the link to the page after, {@code null} on the last
 */
public record Paging(int page, int size, long total, String previous, String next) {

    /** Lines on an officer's page of a queue. */
    public static final int OFFICER_PAGE = 50;
    private static final String PARAMETER = "halaman";

    /** The page asked for: a number from 1 to 9999; anything else is the first page. */
    public static int number(String halaman) {
        return halaman != null && halaman.matches("[1-9]\\d{0,3}") ? Integer.parseInt(halaman) : 1;
    }

    /** Where page {@code page} of {@code size} lines starts. */
    public static int offset(int page, int size) {
        return (page - 1) * size;
    }

    /** Page {@code page} of a listing of {@code total} lines at {@code address} (the request's own URI). */
    public static Paging of(int page, int size, long total, URI address) {
        boolean more = (long) page * size < total;
        return new Paging(page, size, total, page > 1 ? link(address, page - 1) : null,
                more ? link(address, page + 1) : null);
    }

    /** The first line shown, counted from 1; 0 when the page is empty. */
    public long from() {
        long first = (long) offset(page, size) + 1;
        return first > total ? 0 : first;
    }

    /** The last line shown. */
    public long to() {
        return Math.min(total, (long) page * size);
    }

    /** Whether the listing needs more than one page, so the page shows where it is and links to the others. */
    public boolean needed() {
        return total > size || page > 1;
    }

    private static String link(URI address, int page) {
        return UriComponentsBuilder.fromPath(address.getRawPath()).query(address.getRawQuery())
                .replaceQueryParam(PARAMETER, page).build(true).toUriString();
    }
}
