package id.go.cilegon.sigap.command.mediaissue.api;

/** Where an issue was published. */
public enum MediaKind {
    BERITA_DARING,
    CETAK,
    TELEVISI,
    RADIO,
    MEDIA_SOSIAL
}
