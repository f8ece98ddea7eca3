package id.go.cilegon.sigap.webapp.informationrequest.notice;

/** The two printable documents of a request's answer, with the addresses and file names they are offered under. */
enum DocumentKind {
    /** The pemberitahuan tertulis of UU KIP Pasal 22(7). */
    NOTICE("pemberitahuan"),
    /** The tanda bukti penyerahan: the information was handed over. */
    DELIVERY_RECEIPT("tanda-bukti-penyerahan");

    private final String pathSegment;

    DocumentKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The last segment of the document's address, and the start of its PDF's file name. */
    String pathSegment() {
        return pathSegment;
    }

    /** E.g. {@code pemberitahuan-PPID-2026-000001.pdf} for {@code PPID/2026/000001}. */
    String pdfFileName(String registrationNumber) {
        return pathSegment + "-" + registrationNumber.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
    }
}
