package id.go.cilegon.sigap.command.informationrequest.api;

/** <i>Cara memperoleh informasi</i>: see/read/hear/note it, or get a copy. */
public enum ObtainMethod {
    MELIHAT_MEMBACA_MENDENGARKAN_MENCATAT,
    SALINAN_SOFTCOPY,
    SALINAN_HARDCOPY
}
