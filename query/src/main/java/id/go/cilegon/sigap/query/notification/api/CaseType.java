package id.go.cilegon.sigap.query.notification.api;

/** Which kind of case a notification is about, so the reader lands on the right case page. */
public enum CaseType {
    PERMOHONAN,
    PENGADUAN,
    ISU_MEDIA,
    /** Not a case: a piece of information in the PPID's lists (DIP, DIK). */
    INFORMASI,
    /** Not a case: a spike alert of the opinion monitor. */
    OPINI
}
