package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an officer can do to a media issue from its page, by the path segment its form posts to and the roles whose
 * work it is: the media officer's, the supervisor's (approval), and a unit's (its own clarification).
 * {@link #offeredTo} offers only what the issue's state allows; whether it is lawful stays the aggregate's.
 */
enum MediaIssueAction {
    TRIASE("triase", OfficerRole.PETUGAS_MEDIA),
    MINTA_KLARIFIKASI("minta-klarifikasi", OfficerRole.PETUGAS_MEDIA),
    CATAT_KLARIFIKASI("catat-klarifikasi", OfficerRole.PETUGAS_MEDIA, OfficerRole.PPID_PELAKSANA),
    DRAF("draf", OfficerRole.PETUGAS_MEDIA),
    AJUKAN("ajukan", OfficerRole.PETUGAS_MEDIA),
    SETUJUI("setujui", OfficerRole.SUPERVISOR),
    TOLAK("tolak", OfficerRole.SUPERVISOR),
    PUBLIKASI("publikasi", OfficerRole.PETUGAS_MEDIA),
    PANTAU("pantau", OfficerRole.PETUGAS_MEDIA),
    TUTUP("tutup", OfficerRole.PETUGAS_MEDIA),
    GABUNG("gabung", OfficerRole.PETUGAS_MEDIA),
    JADIKAN_PENGADUAN("jadikan-pengaduan", OfficerRole.PETUGAS_MEDIA),
    JADIKAN_PERMOHONAN("jadikan-permohonan", OfficerRole.PETUGAS_MEDIA);

    private final String path;
    private final Set<OfficerRole> roles;

    MediaIssueAction(String path, OfficerRole... roles) {
        this.path = path;
        this.roles = Set.of(roles);
    }

    String path() {
        return path;
    }

    Set<OfficerRole> roles() {
        return roles;
    }

    static Optional<MediaIssueAction> byPath(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    static List<MediaIssueAction> offeredTo(Officer officer, MediaIssueFile file) {
        return Arrays.stream(values()).filter(action -> action.allowed(officer, file)).toList();
    }

    /** Whether this officer may take the action by role (and, for a unit, by the unit asked). */
    boolean permitted(Officer officer, MediaIssueFile file) {
        if (officer.has(OfficerRole.PETUGAS_MEDIA) && roles.contains(OfficerRole.PETUGAS_MEDIA)) {
            return true;
        }
        if (this == CATAT_KLARIFIKASI) {
            return officer.has(OfficerRole.PPID_PELAKSANA) && ownClarification(officer, file);
        }
        return roles.stream().anyMatch(officer::has);
    }

    boolean allowed(Officer officer, MediaIssueFile file) {
        if (file.status().isFinal() || !permitted(officer, file)) {
            return false;
        }
        MediaIssueStatus status = file.status();
        return switch (this) {
            case TRIASE -> status != MediaIssueStatus.DIPANTAU;
            case MINTA_KLARIFIKASI, DRAF -> status.drafting();
            case CATAT_KLARIFIKASI -> !file.pendingClarifications().isEmpty();
            case AJUKAN -> status == MediaIssueStatus.NARASI_DISUSUN;
            case SETUJUI, TOLAK -> status == MediaIssueStatus.MENUNGGU_PERSETUJUAN;
            case PUBLIKASI -> status == MediaIssueStatus.DISETUJUI;
            case PANTAU -> status == MediaIssueStatus.DIPANTAU;
            case TUTUP -> status == MediaIssueStatus.DIPANTAU || status == MediaIssueStatus.DITRIASE;
            case GABUNG, JADIKAN_PENGADUAN, JADIKAN_PERMOHONAN ->
                    status == MediaIssueStatus.TERDETEKSI || status == MediaIssueStatus.DITRIASE;
        };
    }

    private static boolean ownClarification(Officer officer, MediaIssueFile file) {
        return officer.unit() != null && file.pendingClarifications().stream()
                .anyMatch(clarification -> clarification.unit().equals(officer.unit().value()));
    }

    /**
     * Who may open an issue: media officers, supervisors and the Atasan PPID see every issue; a unit's officer
     * those the unit is concerned by or was asked about.
     */
    static boolean mayOpen(Officer officer, MediaIssueFile file) {
        if (officer.has(OfficerRole.PETUGAS_MEDIA) || officer.has(OfficerRole.SUPERVISOR)
                || officer.has(OfficerRole.ATASAN_PPID)) {
            return true;
        }
        if (officer.unit() == null || !officer.has(OfficerRole.PPID_PELAKSANA)) {
            return false;
        }
        String unit = officer.unit().value();
        return file.triage() != null && unit.equals(file.triage().unit())
                || file.clarifications().stream().anyMatch(clarification -> clarification.unit().equals(unit));
    }
}
