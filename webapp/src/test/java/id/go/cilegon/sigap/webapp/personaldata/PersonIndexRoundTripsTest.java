package id.go.cilegon.sigap.webapp.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The person index's writes for a registration (the case, and an entry for each of NIK, phone, e-mail and number) go
 * to the store together, as the processors' batches send them: one round trip per collection, counted by the MongoDB
 * driver's own meter.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonIndexRoundTripsTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PersonIndex index;

    private long updatesOf(String collection) {
        return meters.find("mongodb.driver.commands").tag("collection", collection).tag("command", "update")
                .timers().stream().mapToLong(Timer::count).sum();
    }

    @Test
    void a_registration_is_filed_in_one_round_trip_to_the_cases_and_one_to_the_index_keys() {
        long cases = updatesOf(PersonIndex.CASES);
        long keys = updatesOf(PersonIndex.LOOKUP);

        Map<?, ?> receipt = new Http(port).client().post().uri("/api/v1/permohonan-informasi")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.ofEntries(Map.entry("nama", "Sekali Kirim"), Map.entry("jenisIdentitas", "NIK"),
                        Map.entry("nomorIdentitas", "3672014101900077"), Map.entry("alamat", "Jl. Uji 7"),
                        Map.entry("telepon", "081200007777"), Map.entry("email", "sekali@example.id"),
                        Map.entry("pekerjaan", "Guru"), Map.entry("informasiDiminta", "Anggaran perawatan jalan 2026"),
                        Map.entry("tujuanPenggunaan", "Penelitian"), Map.entry("caraMemperoleh", "SALINAN_SOFTCOPY"),
                        Map.entry("caraMendapatkanSalinan", "EMAIL")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String number = (String) receipt.get("nomorPendaftaran");

        await().atMost(Duration.ofSeconds(20)).until(() -> !index.find(number, List.of()).isEmpty()
                && updatesOf(PersonIndex.LOOKUP) > keys);
        assertThat(updatesOf(PersonIndex.CASES) - cases).isEqualTo(1);
        assertThat(updatesOf(PersonIndex.LOOKUP) - keys).isEqualTo(1);
    }
}
