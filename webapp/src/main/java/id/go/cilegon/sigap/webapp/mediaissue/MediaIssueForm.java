package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.webapp.shared.NotInFuture;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A publication as the monitoring officer logs it. Every field is text, so a choice that is not one of ours is a
 * validation error naming the field.
 *
 * @param waktuTerbit when it was published, on the office's clock
 * @param jangkauan   estimated audience, digits only, or blank when unknown
 */
record MediaIssueForm(
        @NotBlank @Pattern(regexp = "BERITA_DARING|CETAK|TELEVISI|RADIO|MEDIA_SOSIAL") String jenis,
        @NotBlank @Size(max = 120) String media,
        @Size(max = 500) @Pattern(regexp = "|https?://\\S+") String tautan,
        @NotBlank @Size(max = 300) String judul,
        @Size(max = 4000) String kutipan,
        @NotBlank @Pattern(regexp = "|" + NotInFuture.LOCAL_DATE_TIME) @NotInFuture String waktuTerbit,
        @Size(max = 12) @Pattern(regexp = "|\\d{1,12}") String jangkauan) {

    static MediaIssueForm empty() {
        return new MediaIssueForm(MediaKind.BERITA_DARING.name(), "", "", "", "", "", "");
    }

    MediaSource source(ZoneId zone) {
        return new MediaSource(MediaKind.valueOf(jenis), media.strip(), blankToNull(tautan), judul.strip(),
                blankToNull(kutipan), LocalDateTime.parse(waktuTerbit.strip()).atZone(zone).toInstant(),
                jangkauan == null || jangkauan.isBlank() ? null : Long.valueOf(jangkauan.strip()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
