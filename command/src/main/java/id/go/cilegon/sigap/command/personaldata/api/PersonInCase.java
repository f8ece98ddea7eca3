package id.go.cilegon.sigap.command.personaldata.api;

import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import java.util.Objects;

/**
 * Where a data subject's personal data sits: in which role on which case. Ids and the case's registration number
 * only, never the data itself, so a request's events can name whom they concern without holding it.
 *
 * @param caseNumber the registration number of the request or complaint, as officers know it
 */
public record PersonInCase(DataSubjectId subject, CaseKind kind, String caseId, String caseNumber, Role role) {

    public PersonInCase {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(role, "role");
    }

    /** The kinds of case whose events carry personal data. */
    public enum CaseKind {
        PERMOHONAN,
        PENGADUAN
    }

    /** The part the person plays in the case, which says where their data is. */
    public enum Role {
        /** The requester of information: name, NIK or decree, address, phone, e-mail, occupation. */
        PEMOHON,
        /** The requester's kuasa on the request or on the keberatan. */
        KUASA,
        /** Who signed for the information on the tanda bukti penyerahan. */
        PENERIMA,
        /** The complainant. */
        PENGADU
    }
}
