package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.webapp.security.OfficerRole;

/**
 * What an officer can do to a request from its case page, by the path segment its form posts to and the role whose
 * work it is. Whether the case's state allows it is {@link OfficerCaseActions}'s question; whether it is lawful
 * stays the aggregate's.
 */
enum CaseAction {
    MINTA_KELENGKAPAN("minta-kelengkapan", OfficerRole.PETUGAS_PPID),
    CATAT_KELENGKAPAN("catat-kelengkapan", OfficerRole.PETUGAS_PPID),
    TERUSKAN("teruskan", OfficerRole.PETUGAS_PPID),
    TANGGAPAN_UNIT("tanggapan-unit", OfficerRole.PPID_PELAKSANA),
    PERPANJANG("perpanjang", OfficerRole.PETUGAS_PPID),
    PEMBERITAHUAN("pemberitahuan", OfficerRole.PETUGAS_PPID),
    PENYERAHAN("penyerahan", OfficerRole.PETUGAS_PPID),
    DOKUMEN("dokumen", OfficerRole.PETUGAS_PPID),
    TARIK_DOKUMEN("tarik-dokumen", OfficerRole.PETUGAS_PPID),
    SELESAI("selesai", OfficerRole.PETUGAS_PPID),
    PEMBATALAN("pembatalan", OfficerRole.PETUGAS_PPID),
    KEBERATAN("keberatan", OfficerRole.PETUGAS_PPID),
    TANGGAPAN_ATASAN("tanggapan-atasan", OfficerRole.ATASAN_PPID),
    SENGKETA("sengketa", OfficerRole.PETUGAS_PPID),
    TAHAP_SENGKETA("tahap-sengketa", OfficerRole.PETUGAS_PPID);

    private final String path;
    private final OfficerRole role;

    CaseAction(String path, OfficerRole role) {
        this.path = path;
        this.role = role;
    }

    String path() {
        return path;
    }

    OfficerRole role() {
        return role;
    }
}
