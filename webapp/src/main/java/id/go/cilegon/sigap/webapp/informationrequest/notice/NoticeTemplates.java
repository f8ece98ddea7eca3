package id.go.cilegon.sigap.webapp.informationrequest.notice;

import java.util.Map;
import java.util.Optional;

/**
 * Which templates print a notice, by the {@code templateVersion} the notice was sent with. A notice is a legal
 * document: once sent it must read the same for as long as it is kept, so a version, once listed here, keeps its
 * templates for good. A new wording is a new version with new files ({@code pemberitahuan-v2.html}) and a new
 * line; the notices sent before it keep rendering with theirs. The receipt of delivery belongs to the same
 * version as the notice it follows.
 */
final class NoticeTemplates {

    /** Every version ever sent, with its notice and receipt templates; never change or remove a line. */
    private static final Map<String, NoticeTemplates> BY_VERSION = Map.of(
            "pemberitahuan-v1", new NoticeTemplates("dokumen/pemberitahuan-v1", "dokumen/tanda-bukti-penyerahan-v1"));

    private final String notice;
    private final String deliveryReceipt;

    private NoticeTemplates(String notice, String deliveryReceipt) {
        this.notice = notice;
        this.deliveryReceipt = deliveryReceipt;
    }

    /** The templates of a version, or nothing for a version this installation does not know. */
    static Optional<NoticeTemplates> forVersion(String templateVersion) {
        return Optional.ofNullable(templateVersion).map(BY_VERSION::get);
    }

    String template(DocumentKind kind) {
        return kind == DocumentKind.NOTICE ? notice : deliveryReceipt;
    }
}
