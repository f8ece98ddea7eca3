package id.go.cilegon.sigap.query.informationrequest.notice.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;

/** What the printable pemberitahuan tertulis of one request needs; answered with {@link NoticeDocument} or nothing. */
public record FindNoticeDocument(InformationRequestId requestId) {
}
