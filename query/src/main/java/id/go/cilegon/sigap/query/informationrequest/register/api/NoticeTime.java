package id.go.cilegon.sigap.query.informationrequest.register.api;

import java.time.Instant;

/** A request's receipt and its written notice ({@link ListNoticeTimes}). */
public record NoticeTime(Instant receivedAt, Instant noticeSentAt) {
}
