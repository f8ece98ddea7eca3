package id.go.cilegon.sigap.webapp.security;

import java.util.Arrays;

/** What an officer account may do. Finer scoping by unit comes with the case types that need it. */
public enum OfficerRole {
    PETUGAS_PPID,
    ATASAN_PPID,
    SUPERVISOR,
    ADMIN;

    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
