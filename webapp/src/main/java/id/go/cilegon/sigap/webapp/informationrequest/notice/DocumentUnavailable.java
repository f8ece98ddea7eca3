package id.go.cilegon.sigap.webapp.informationrequest.notice;

/** A document that cannot be shown, and why; every reason is a 404 page that says so. */
final class DocumentUnavailable extends RuntimeException {

    enum Reason {
        /** The citizen's tracking code opens no request. */
        TRACKING_CODE_UNKNOWN,
        /** No request has this id. */
        REQUEST_UNKNOWN,
        /** The request has no pemberitahuan tertulis yet. */
        NOTICE_NOT_SENT,
        /** The information has not been handed over yet. */
        NOT_DELIVERED,
        /** The notice names a template version this installation does not have; never print another one. */
        TEMPLATE_UNKNOWN
    }

    private final Reason reason;

    DocumentUnavailable(Reason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
