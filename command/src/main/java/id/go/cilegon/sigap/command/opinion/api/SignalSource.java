package id.go.cilegon.sigap.command.opinion.api;

/** The kind of case a text that reaches Sigap belongs to. */
public enum SignalSource {
    PERMOHONAN,
    PENGADUAN,
    ISU_MEDIA
}
