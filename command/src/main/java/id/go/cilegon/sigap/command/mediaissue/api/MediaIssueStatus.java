package id.go.cilegon.sigap.command.mediaissue.api;

/** Where a media issue stands (domain brief §4). */
public enum MediaIssueStatus {
    TERDETEKSI,
    DITRIASE,
    /** At least one unit was asked for its data and has not answered yet. */
    KLARIFIKASI_OPD,
    NARASI_DISUSUN,
    MENUNGGU_PERSETUJUAN,
    DISETUJUI,
    /** The response is out; the officer watches how the story develops. */
    DIPANTAU,
    SELESAI,
    DIALIHKAN_KE_PENGADUAN,
    DIALIHKAN_KE_PPID,
    DIGABUNG;

    public boolean isFinal() {
        return this == SELESAI || this == DIALIHKAN_KE_PENGADUAN || this == DIALIHKAN_KE_PPID || this == DIGABUNG;
    }

    /** A response can still be drafted or revised. */
    public boolean drafting() {
        return this == DITRIASE || this == KLARIFIKASI_OPD || this == NARASI_DISUSUN;
    }
}
