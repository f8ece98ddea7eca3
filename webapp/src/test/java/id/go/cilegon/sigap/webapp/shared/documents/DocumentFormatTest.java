package id.go.cilegon.sigap.webapp.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocumentFormatTest {

    @Test
    void dates_and_amounts_are_written_the_indonesian_way() {
        DocumentFormat format = new DocumentFormat(ZoneId.of("Asia/Jakarta"));

        assertThat(format.date(Instant.parse("2026-03-16T17:30:00Z"))).isEqualTo("17 Maret 2026");
        assertThat(format.time(Instant.parse("2026-03-16T03:05:00Z"))).isEqualTo("10.05");
        assertThat(DocumentFormat.rupiah(15_000)).isEqualTo("Rp 15.000");
        assertThat(DocumentFormat.rupiah(1_250_000)).isEqualTo("Rp 1.250.000");
        assertThat(DocumentFormat.rupiah(0)).isEqualTo("Rp 0");
    }
}
