package id.go.cilegon.sigap.webapp.complaint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Kota Cilegon's 8 kecamatan and 43 kelurahan (BPS codes, {@code data/cilegon-wilayah.csv}): the only places a
 * complaint form accepts, so the public page and the duplicate check can trust the names.
 */
@Component
public class Wilayah {

    private final Map<String, List<String>> kelurahanByKecamatan;

    public Wilayah() {
        this.kelurahanByKecamatan = read(new ClassPathResource("data/cilegon-wilayah.csv"));
    }

    /** Every kecamatan with its kelurahan, in the order of the BPS codes. */
    public List<Kecamatan> kecamatan() {
        return kelurahanByKecamatan.entrySet().stream()
                .map(entry -> new Kecamatan(entry.getKey(), entry.getValue())).toList();
    }

    public boolean isKecamatan(String kecamatan) {
        return kecamatan != null && kelurahanByKecamatan.containsKey(kecamatan);
    }

    public boolean contains(String kecamatan, String kelurahan) {
        return isKecamatan(kecamatan) && kelurahanByKecamatan.get(kecamatan).contains(kelurahan);
    }

    public record Kecamatan(String name, List<String> kelurahan) {
    }

    private static Map<String, List<String>> read(ClassPathResource csv) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",");
                places.computeIfAbsent(columns[0].strip(), kecamatan -> new ArrayList<>()).add(columns[3].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv.getPath(), e);
        }
        places.replaceAll((kecamatan, kelurahan) -> List.copyOf(kelurahan));
        return places;
    }
}
