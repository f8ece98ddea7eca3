package id.go.cilegon.sigap.webapp.security;

import java.util.Arrays;

/** What an officer account may do. Finer scoping by unit comes with the case types that need it. */
public enum OfficerRole {
    /** Staff of the PPID Utama: registers, clarifies, forwards, extends, decides, delivers, closes. */
    PETUGAS_PPID,
    /** The PPID Pelaksana of one OPD (the account's unit): answers what the PPID Utama forwarded to the unit. */
    PPID_PELAKSANA,
    /** Answers keberatan (UU KIP Pasal 35–36). */
    ATASAN_PPID,
    /** Supervises deadlines and workload; approves the responses to media issues (four eyes). */
    SUPERVISOR,
    /** Monitors the media: logs, triages and answers media issues (Bidang IKP). */
    PETUGAS_MEDIA,
    ADMIN;

    /** The roles that work on requests and complaints: all but the media officer's and the administrator's. */
    public static final String[] REQUEST_AND_COMPLAINT_WORK = {"PETUGAS_PPID", "PPID_PELAKSANA", "ATASAN_PPID",
            "SUPERVISOR"};

    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
