package id.go.cilegon.sigap.command.informationrequest.api;

/** Where a request stands in its statutory lifecycle (domain brief §1.12), in the PPID's own words. */
public enum InformationRequestStatus {
    /** Received and numbered; the 10 hari kerja clock runs. */
    DITERIMA
}
