package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.complaint.Wilayah;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a kelurahan and kecamatan of Kota Cilegon out of words: the name and address of a shared location pin
 * ("Jl. Ahmad Yani, Kel. Ciwaduk, Kec. Cilegon") or what the citizen typed. The city's list of places has no
 * coordinates, so a bare pin is kept as the map point and the citizen picks the place from the list.
 */
@Component
class Places {

    /** What the words name: a kelurahan with its kecamatan, or only a kecamatan ({@code kelurahan} null). */
    record Place(String kecamatan, String kelurahan) {
    }

    private final Wilayah wilayah;

    Places(Wilayah wilayah) {
        this.wilayah = wilayah;
    }

    /** The one place the words name; empty when they name none or several. */
    Optional<Place> in(String... texts) {
        String words = String.join(" ", Arrays.stream(texts).filter(text -> text != null).toList())
                .toLowerCase(Locale.ROOT);
        if (words.isBlank()) {
            return Optional.empty();
        }
        List<Place> kelurahan = new ArrayList<>();
        List<Place> kecamatan = new ArrayList<>();
        for (Wilayah.Kecamatan district : wilayah.kecamatan()) {
            if (names(words, district.name())) {
                kecamatan.add(new Place(district.name(), null));
            }
            for (String village : district.kelurahan()) {
                if (names(words, village)) {
                    kelurahan.add(new Place(district.name(), village));
                }
            }
        }
        if (kelurahan.size() == 1) {
            return Optional.of(kelurahan.get(0));
        }
        if (kelurahan.size() > 1) {
            List<Place> inNamedKecamatan = kelurahan.stream().filter(place -> kecamatan.stream()
                    .anyMatch(district -> district.kecamatan().equals(place.kecamatan()))).toList();
            return inNamedKecamatan.size() == 1 ? Optional.of(inNamedKecamatan.get(0)) : Optional.empty();
        }
        return kecamatan.size() == 1 ? Optional.of(kecamatan.get(0)) : Optional.empty();
    }

    List<Wilayah.Kecamatan> kecamatan() {
        return wilayah.kecamatan();
    }

    List<String> kelurahan(String kecamatan) {
        return wilayah.kecamatan().stream().filter(district -> district.name().equals(kecamatan)).findFirst()
                .map(Wilayah.Kecamatan::kelurahan).orElse(List.of());
    }

    private static boolean names(String words, String name) {
        return Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "($|[^\\p{L}])")
                .matcher(words).find();
    }
}
