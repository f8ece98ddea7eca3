package id.go.cilegon.sigap.command.mediaissue.api;

/** Where an issue was published. */
public enum MediaKind {
    BERITA_DARING,
    CETAK,
    TELEVISI,
    RADIO,
    MEDIA_SOSIAL,
    /** Sigap's own channels: complaints, information requests and WhatsApp messages, read by the opinion monitor. */
    KANAL_LAYANAN
}
