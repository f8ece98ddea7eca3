package id.go.cilegon.sigap.query.informationrequest.register.api;

/**
 * When each request of {@code year} that has had its written notice was received and noticed, as
 * {@link NoticeTime}s: the PPID's pace, for the supervision page, without reading the whole register.
 */
public record ListNoticeTimes(int year) {
}
