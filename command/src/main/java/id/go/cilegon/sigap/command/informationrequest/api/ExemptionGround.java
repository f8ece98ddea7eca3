package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * The exemptions of UU KIP Pasal 17, by letter: the only lawful grounds for refusing information that the body
 * holds. The letter starts each name because the notice and the register cite the letter ("Pasal 17 huruf h").
 * Pasal 20: exemptions under a–f are not permanent; every exemption needs a consequence test first (Pasal 19).
 */
public enum ExemptionGround {
    /** Opening it would obstruct law enforcement: investigations, informants, witnesses, victims, officers. */
    A_PENEGAKAN_HUKUM,
    /** It would harm the protection of intellectual property or fair business competition. */
    B_HAKI_DAN_PERSAINGAN_USAHA,
    /** It would endanger national defence and security. */
    C_PERTAHANAN_DAN_KEAMANAN,
    /** It would reveal Indonesia's natural wealth. */
    D_KEKAYAAN_ALAM,
    /** It would harm national economic resilience. */
    E_KETAHANAN_EKONOMI,
    /** It would harm foreign relations. */
    F_HUBUNGAN_LUAR_NEGERI,
    /** It would reveal the content of private authentic deeds or a person's last will. */
    G_AKTA_OTENTIK_DAN_WASIAT,
    /** It would reveal personal secrets: family, health, finances, assessments, education records. */
    H_RAHASIA_PRIBADI,
    /** Memoranda or letters between or within public bodies that are confidential by nature. */
    I_MEMORANDUM_ANTAR_BADAN_PUBLIK,
    /** Another Undang-Undang says it must not be disclosed. */
    J_DILARANG_UNDANG_UNDANG
}
