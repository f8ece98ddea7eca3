package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * Where a request stands in its statutory lifecycle (domain brief §1.12), in the PPID's own words: one status for
 * the whole case, the keberatan and the sengketa included, because the officer's queue and the citizen's status
 * page each show one. Missing a deadline is not a status: the case stays where it is and the breach is recorded
 * beside it ({@link NoticeDeadlineMissed}, {@link ObjectionAnswerDeadlineMissed}).
 */
public enum InformationRequestStatus {
    /** Received and numbered; the 10 hari kerja clock runs. */
    DITERIMA,
    /** The PPID asked the requester to complete or clarify the request and waits for the answer. */
    MENUNGGU_KELENGKAPAN,
    /** Forwarded to a PPID Pelaksana, or otherwise being worked on after an answer or an extension. */
    DIPROSES,
    /** The notice deadline was extended by 7 hari kerja, with written reasons (Pasal 22(8)). */
    DIPERPANJANG,
    /** Notice sent: granted in full. */
    DIKABULKAN_SELURUHNYA,
    /** Notice sent: granted in part. */
    DIKABULKAN_SEBAGIAN,
    /** Notice sent: refused under a Pasal 17 exemption. */
    DITOLAK_DIKECUALIKAN,
    /** Notice sent: refused, not held yet. */
    DITOLAK_BELUM_DIKUASAI,
    /** Notice sent: refused, not documented yet. */
    DITOLAK_BELUM_DIDOKUMENTASIKAN,
    /** Notice sent: not held here; the requester was pointed to the body that holds it. */
    TIDAK_DIKUASAI_DIARAHKAN,
    /** The information was handed over; the <i>tanda bukti penyerahan</i> is on file. */
    INFORMASI_DISERAHKAN,
    /** Closed by the PPID with nothing left to do. */
    SELESAI,
    /** Withdrawn by the requester. */
    DIBATALKAN,
    /** A keberatan waits for the Atasan PPID's answer. */
    KEBERATAN_DIAJUKAN,
    /** The Atasan PPID upheld the keberatan: the PPID's decision is overturned. */
    DITERIMA_ATASAN,
    /** The Atasan PPID rejected the keberatan, with written reasons: the PPID's decision stands. */
    DITOLAK_ATASAN,
    /** The keberatan was settled by agreement. */
    SELESAI_MUSYAWARAH,
    /** A sengketa is at the Komisi Informasi or in court; its stage is in {@link DisputeStage}. */
    SENGKETA_DIAJUKAN
}
