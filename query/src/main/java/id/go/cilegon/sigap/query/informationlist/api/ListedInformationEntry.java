package id.go.cilegon.sigap.query.informationlist.api;

import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import java.time.Instant;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One piece of information in the PPID's lists as the events leave it: a line of the Daftar Informasi Publik while it
 * is open, of the Daftar Informasi yang Dikecualikan while it is exempt, and its history. Holds no personal data.
 *
 * @param refreshedAt  when the information was last published anew (listed, or updated as a new edition); when it
 *                     was listed and changed is in its history
 * @param exemption    the exemption in force, or {@code null} while the information is open
 * @param reviewDue    the reminder to test it again before its exemption ends was recorded
 * @param lastSequence the sequence number of the last event applied
 */
public record ListedInformationEntry(
        @BsonId String id,
        String number,
        ListedInformationStatus status,
        InformationDescription description,
        Instant refreshedAt,
        Exemption exemption,
        boolean reviewDue,
        List<Change> history,
        long lastSequence) {

    /** One step of its history, newest last; {@code by} is an officer's user name, {@code null} for the watch. */
    public record Change(ChangeKind kind, Instant at, String by, String note) {
    }

    public enum ChangeKind {
        DICATAT, DIPERBARUI, DIMUTAKHIRKAN, DIKECUALIKAN, DIPERPANJANG, PERLU_UJI_ULANG, DIBUKA, BERAKHIR, DITARIK
    }
}
