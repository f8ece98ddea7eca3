package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.mediaissue.api.ApproveMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.AskUnitForClarification;
import id.go.cilegon.sigap.command.mediaissue.api.CloseMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.DraftMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MergeMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.NoteMonitoring;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaPublication;
import id.go.cilegon.sigap.command.mediaissue.api.RecordUnitClarification;
import id.go.cilegon.sigap.command.mediaissue.api.ReferMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.RejectMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.mediaissue.api.SubmitMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.NotInFuture;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.springframework.validation.BindingResult;

/**
 * The fields of every media-issue action form; each action reads the ones it needs and {@link #check} reports those
 * it needs but lacks, by field name, before any command is built. Every field is text, so a choice that is not one
 * of ours is a validation error naming the field.
 *
 * @param kasusTerkait register numbers of related complaints and requests, separated by commas or new lines
 * @param batasWaktu   when the unit's clarification is due, on the office's clock
 * @param isuAsal      the id of the issue a duplicate merges into
 */
record MediaIssueActionForm(
        @Size(max = 120) String topik,
        @Pattern(regexp = "|NEGATIF|NETRAL|POSITIF") String sentimen,
        @Pattern(regexp = "|RENDAH|SEDANG|TINGGI|KRISIS") String urgensi,
        @Size(max = 40) @Pattern(regexp = "|[A-Z0-9_-]+") String unit,
        @Size(max = 600) @Pattern(regexp = "[\\sA-Z0-9/,]*") String kasusTerkait,
        @Size(max = 2000) String pertanyaan,
        @Pattern(regexp = "|" + NotInFuture.LOCAL_DATE_TIME) String batasWaktu,
        @Size(max = 4000) String jawaban,
        @Pattern(regexp = "|SIARAN_PERS|KLARIFIKASI|HAK_JAWAB|NOTA_BRIEFING") String jenisTanggapan,
        @Size(max = 200) String judul,
        @Size(max = 20000) String isi,
        @Size(max = 2000) String catatan,
        @Size(max = 2000) String alasan,
        @Size(max = 200) String tempat,
        @Pattern(regexp = "|" + NotInFuture.LOCAL_DATE_TIME) @NotInFuture String waktuTerbit,
        @Size(max = 500) @Pattern(regexp = "|https?://\\S+") String tautan,
        @Size(max = 2000) String kesimpulan,
        @Size(max = 64) @Pattern(regexp = "|[A-Za-z0-9-]+") String isuAsal,
        @Pattern(regexp = "|INFRASTRUKTUR|KEBERSIHAN_LINGKUNGAN|ADMINISTRASI_KEPENDUDUKAN_PERIZINAN|KESEHATAN"
                + "|PENDIDIKAN|PERHUBUNGAN|KETERTIBAN_UMUM|SOSIAL|APARATUR|LAINNYA") String kategori,
        @Size(max = 60) String kecamatan,
        @Size(max = 60) String kelurahan,
        @Size(max = 2000) String penjelasan) {

    private static final String CASE_NUMBER = "(ADUAN|PPID)/\\d{4}/\\d{6}";

    static MediaIssueActionForm empty() {
        return new MediaIssueActionForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "");
    }

    /**
     * What the check needs to know beyond the form: the active units, and whether a kelurahan lies in a kecamatan of
     * Kota Cilegon.
     */
    record Known(Predicate<String> unit, BiPredicate<String, String> place) {
    }

    /** The fields {@code action} cannot do without, each blank or unknown one reported by field. */
    void check(MediaIssueAction action, Officer officer, Known known, BindingResult errors) {
        switch (action) {
            case TRIASE -> {
                required("topik", topik, errors);
                required("sentimen", sentimen, errors);
                required("urgensi", urgensi, errors);
                knownUnit(false, known, errors);
                if (relatedCases().stream().anyMatch(number -> !number.matches(CASE_NUMBER))) {
                    FieldMessages.reject(errors, "kasusTerkait", "media.related.invalid");
                }
            }
            case MINTA_KLARIFIKASI -> {
                knownUnit(true, known, errors);
                required("pertanyaan", pertanyaan, errors);
                required("batasWaktu", batasWaktu, errors);
            }
            case CATAT_KLARIFIKASI -> {
                if (officer.has(OfficerRole.PETUGAS_MEDIA)) {
                    knownUnit(true, known, errors);
                }
                required("jawaban", jawaban, errors);
            }
            case DRAF -> {
                required("jenisTanggapan", jenisTanggapan, errors);
                required("judul", judul, errors);
                required("isi", isi, errors);
            }
            case TOLAK -> required("alasan", alasan, errors);
            case PUBLIKASI -> {
                required("tempat", tempat, errors);
                required("waktuTerbit", waktuTerbit, errors);
            }
            case PANTAU -> required("catatan", catatan, errors);
            case TUTUP -> required("kesimpulan", kesimpulan, errors);
            case GABUNG -> required("isuAsal", isuAsal, errors);
            case JADIKAN_PENGADUAN -> {
                required("kategori", kategori, errors);
                required("penjelasan", penjelasan, errors);
                if (blank(kecamatan) || blank(kelurahan)) {
                    FieldMessages.reject(errors, "kelurahan", "NotBlank");
                } else if (!known.place().test(kecamatan.strip(), kelurahan.strip())) {
                    FieldMessages.reject(errors, "kelurahan", "complaint.kelurahan.unknown");
                }
            }
            case JADIKAN_PERMOHONAN -> required("penjelasan", penjelasan, errors);
            case AJUKAN, SETUJUI -> { }
        }
    }

    private void knownUnit(boolean needed, Known known, BindingResult errors) {
        if (blank(unit)) {
            if (needed) {
                FieldMessages.reject(errors, "unit", "NotBlank");
            }
        } else if (!known.unit().test(unit)) {
            FieldMessages.reject(errors, "unit", "complaint.unit.unknown");
        }
    }

    List<String> relatedCases() {
        return blank(kasusTerkait) ? List.of() : Arrays.stream(kasusTerkait.split("[,\\s]+"))
                .filter(number -> !number.isBlank()).map(String::strip).distinct().toList();
    }

    /**
     * The command for {@code action}, once {@link #check} found nothing missing. A unit's officer records the answer
     * of their own unit; the media officer names the unit.
     */
    Object command(MediaIssueAction action, MediaIssueId id, Officer officer, ZoneId zone) {
        return switch (action) {
            case TRIASE -> new TriageMediaIssue(id, topik.strip(), Sentiment.valueOf(sentimen),
                    IssueUrgency.valueOf(urgensi), blank(unit) ? null : UnitId.of(unit), relatedCases(), officer.id());
            case MINTA_KLARIFIKASI -> new AskUnitForClarification(id, UnitId.of(unit), pertanyaan.strip(),
                    LocalDateTime.parse(batasWaktu.strip()).atZone(zone).toInstant(), officer.id());
            case CATAT_KLARIFIKASI -> new RecordUnitClarification(id,
                    officer.has(OfficerRole.PETUGAS_MEDIA) ? UnitId.of(unit) : officer.unit(), jawaban.strip(),
                    officer.id());
            case DRAF -> new DraftMediaResponse(id, ResponseKind.valueOf(jenisTanggapan), judul.strip(), isi.strip(),
                    officer.id());
            case AJUKAN -> new SubmitMediaResponse(id, officer.id());
            case SETUJUI -> new ApproveMediaResponse(id, catatan, officer.id());
            case TOLAK -> new RejectMediaResponse(id, alasan.strip(), officer.id());
            case PUBLIKASI -> new RecordMediaPublication(id, tempat.strip(),
                    LocalDateTime.parse(waktuTerbit.strip()).atZone(zone).toInstant(), tautan, officer.id());
            case PANTAU -> new NoteMonitoring(id, catatan.strip(), officer.id());
            case TUTUP -> new CloseMediaIssue(id, kesimpulan.strip(), officer.id());
            case GABUNG -> new MergeMediaIssue(id, MediaIssueId.of(isuAsal.strip()), officer.id());
            case JADIKAN_PENGADUAN, JADIKAN_PERMOHONAN -> throw new IllegalArgumentException(
                    action + " is built with its tracking code by referral()");
        };
    }

    /** The referral to a complaint, with the tracking code the officer hands on. */
    ReferMediaIssue complaintReferral(MediaIssueId id, String trackingCodeHash, Officer officer) {
        return new ReferMediaIssue(id, ReferralKind.PENGADUAN, ComplaintCategory.valueOf(kategori),
                new Location(kecamatan.strip(), kelurahan.strip(), null, null), null, null, null, null, null,
                penjelasan.strip(), trackingCodeHash, officer.id());
    }

    private static void required(String field, String value, BindingResult errors) {
        if (blank(value)) {
            FieldMessages.reject(errors, field, "NotBlank");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
