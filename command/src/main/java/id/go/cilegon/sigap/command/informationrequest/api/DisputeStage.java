package id.go.cilegon.sigap.command.informationrequest.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a <i>sengketa informasi</i> stands at the Komisi Informasi and, if it goes on, in court (UU KIP Pasal
 * 37–50; domain brief §1.12). Sigap does not run the dispute; it records each stage the KI or court reaches, because
 * the outcomes feed e-Monev and the annual report, and because a decision may oblige the PPID to act.
 */
public enum DisputeStage {
    /** Registered at the Komisi Informasi (for Cilegon: KI Provinsi Banten). */
    DIDAFTARKAN_KI,
    /** In mediation, which is the parties' voluntary choice. */
    MEDIASI,
    /** Mediation succeeded; the KI's decision from the agreement is final and binding. */
    MEDIASI_BERHASIL,
    /** In non-litigation adjudication before the Majelis Komisioner. */
    AJUDIKASI,
    /** The KI's adjudication decision was read. */
    PUTUSAN_KI,
    /** The decision was carried out. */
    DILAKSANAKAN,
    /** A party sued against the KI decision (PTUN for a public body), within 14 hari kerja of receiving it. */
    DIGUGAT_PENGADILAN,
    /** The court decided. */
    PUTUSAN_PENGADILAN,
    /** Cassation to the Mahkamah Agung, within 14 days of the court decision. */
    KASASI,
    /** The decision became final and binding (<i>berkekuatan hukum tetap</i>). */
    INKRACHT;

    /**
     * The stages that may follow this one. Adjudication may follow registration directly, because mediation is
     * voluntary; cassation may be skipped. Nothing follows a final stage.
     */
    public Set<DisputeStage> next() {
        return switch (this) {
            case DIDAFTARKAN_KI -> EnumSet.of(MEDIASI, AJUDIKASI);
            case MEDIASI -> EnumSet.of(MEDIASI_BERHASIL, AJUDIKASI);
            case AJUDIKASI -> EnumSet.of(PUTUSAN_KI);
            case PUTUSAN_KI -> EnumSet.of(DILAKSANAKAN, DIGUGAT_PENGADILAN);
            case DIGUGAT_PENGADILAN -> EnumSet.of(PUTUSAN_PENGADILAN);
            case PUTUSAN_PENGADILAN -> EnumSet.of(KASASI, INKRACHT);
            case KASASI -> EnumSet.of(INKRACHT);
            case MEDIASI_BERHASIL, DILAKSANAKAN, INKRACHT -> EnumSet.noneOf(DisputeStage.class);
        };
    }

    /** The dispute needs nothing more from the KI or a court. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
