package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an officer can do to a complaint from its case page, by the path segment its form posts to and whose work
 * it is: the verifier's (PETUGAS_PPID, the complaint desk) or the unit's (a PPID_PELAKSANA of a unit the complaint
 * was sent to). {@link #offeredTo} offers only what the case's state allows; whether it is lawful stays the
 * aggregate's.
 */
enum ComplaintAction {
    TANYA("tanya", OfficerRole.PETUGAS_PPID),
    VERIFIKASI("verifikasi", OfficerRole.PETUGAS_PPID),
    TOLAK("tolak", OfficerRole.PETUGAS_PPID),
    GABUNG("gabung", OfficerRole.PETUGAS_PPID),
    ALIHKAN("alihkan", OfficerRole.PETUGAS_PPID),
    DISPOSISI("disposisi", OfficerRole.PETUGAS_PPID),
    TERIMA("terima", OfficerRole.PPID_PELAKSANA),
    KEMBALIKAN("kembalikan", OfficerRole.PPID_PELAKSANA),
    TINDAK_LANJUT("tindak-lanjut", OfficerRole.PPID_PELAKSANA),
    JAWAB("jawab", OfficerRole.PPID_PELAKSANA);

    private final String path;
    private final OfficerRole role;

    ComplaintAction(String path, OfficerRole role) {
        this.path = path;
        this.role = role;
    }

    String path() {
        return path;
    }

    OfficerRole role() {
        return role;
    }

    static Optional<ComplaintAction> byPath(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    /** The actions this officer's role and unit may take on {@code file} in its present state. */
    static List<ComplaintAction> offeredTo(Officer officer, ComplaintFile file) {
        return Arrays.stream(values()).filter(action -> action.allowed(officer, file)).toList();
    }

    boolean allowed(Officer officer, ComplaintFile file) {
        if (!officer.has(role) || file.status().isFinal()) {
            return false;
        }
        ComplaintStatus status = file.status();
        Optional<ComplaintFile.Disposition> own = ownDisposition(officer, file);
        return switch (this) {
            case TANYA -> status == ComplaintStatus.DITERIMA;
            case VERIFIKASI, TOLAK, GABUNG -> status.inVerification();
            case ALIHKAN -> status.inVerification() && !file.anonymous() && file.complainant() != null;
            case DISPOSISI -> status == ComplaintStatus.TERVERIFIKASI || status == ComplaintStatus.DIDISPOSISI
                    || status == ComplaintStatus.DITINDAKLANJUTI;
            case TERIMA -> own.filter(mine -> mine.state() == ComplaintFile.DispositionState.MENUNGGU).isPresent();
            case KEMBALIKAN -> own.isPresent() && status != ComplaintStatus.DITANGGAPI;
            case TINDAK_LANJUT, JAWAB -> status == ComplaintStatus.DITINDAKLANJUTI && own
                    .filter(mine -> mine.state() == ComplaintFile.DispositionState.DITERIMA_UNIT).isPresent();
        };
    }

    /** The active disposition to the officer's own unit, if the complaint has one. */
    static Optional<ComplaintFile.Disposition> ownDisposition(Officer officer, ComplaintFile file) {
        return officer.unit() == null ? Optional.empty() : file.dispositions().stream()
                .filter(ComplaintFile.Disposition::active)
                .filter(disposition -> disposition.unit().equals(officer.unit()))
                .findFirst();
    }

    /**
     * Who may open a complaint: the desk, supervisors and the Atasan see every complaint; a unit's officer only
     * those sent to their unit, returned ones included (they remain part of its history).
     */
    static boolean mayOpen(Officer officer, ComplaintFile file) {
        if (officer.has(OfficerRole.PETUGAS_PPID) || officer.has(OfficerRole.SUPERVISOR)
                || officer.has(OfficerRole.ATASAN_PPID)) {
            return true;
        }
        return officer.unit() != null && file.dispositions().stream()
                .anyMatch(disposition -> disposition.unit().equals(officer.unit()));
    }

    /**
     * Who sees the complainant's identity: for a rahasia complaint only the handling officers (the desk and the
     * units that have it now); otherwise anyone who may open it.
     */
    static boolean seesIdentity(Officer officer, ComplaintFile file) {
        if (!file.confidential()) {
            return true;
        }
        return officer.has(OfficerRole.PETUGAS_PPID) || ownDisposition(officer, file).isPresent();
    }
}
