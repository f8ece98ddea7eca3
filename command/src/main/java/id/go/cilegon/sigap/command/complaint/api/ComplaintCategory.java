package id.go.cilegon.sigap.command.complaint.api;

/**
 * What a complaint is about, as the city's complaint desk sorts them. The category sets how many hari kerja the
 * unit has for its first follow-up ({@link ComplaintPolicy}).
 */
public enum ComplaintCategory {
    /** Roads, bridges, drainage, street lights. */
    INFRASTRUKTUR,
    /** Waste, cleanliness, pollution, green space. */
    KEBERSIHAN_LINGKUNGAN,
    /** Administrative services: KTP, KK, permits, certificates. */
    ADMINISTRASI_KEPENDUDUKAN_PERIZINAN,
    /** Puskesmas, hospitals, health insurance. */
    KESEHATAN,
    /** Schools and their admissions. */
    PENDIDIKAN,
    /** Traffic, public transport, parking. */
    PERHUBUNGAN,
    /** Public order, street vendors, disturbances. */
    KETERTIBAN_UMUM,
    /** Social assistance and welfare. */
    SOSIAL,
    /** Conduct of officials and integrity of services. */
    APARATUR,
    /** Anything else. */
    LAINNYA
}
