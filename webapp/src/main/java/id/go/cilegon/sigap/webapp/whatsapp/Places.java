package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.complaint.Wilayah;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /**
     * The one place the words name; empty when they name none or several. A name after "Kel."/"Kelurahan" or
     * "Kec."/"Kecamatan" counts first, as addresses write them; "Kota Cilegon" names the city, not its kecamatan.
     */
    Optional<Place> in(String... texts) {
        String words = String.join(" ", Arrays.stream(texts).filter(text -> text != null).toList())
                .toLowerCase(Locale.ROOT).replace("kota cilegon", " ");
        if (words.isBlank()) {
            return Optional.empty();
        }
        String markedKecamatan = null;
        for (Wilayah.Kecamatan district : wilayah.kecamatan()) {
            Matcher marked = named("(kec\\.?|kecamatan)\\s*", district.name()).matcher(words);
            if (marked.find()) {
                markedKecamatan = district.name();
                words = marked.replaceAll(" ");
            }
        }
        List<Place> marked = new ArrayList<>();
        List<Place> bare = new ArrayList<>();
        for (Wilayah.Kecamatan district : wilayah.kecamatan()) {
            if (markedKecamatan != null && !markedKecamatan.equals(district.name())) {
                continue;
            }
            for (String village : district.kelurahan()) {
                if (named("(kel\\.?|kelurahan|desa)\\s*", village).matcher(words).find()) {
                    marked.add(new Place(district.name(), village));
                } else if (named("", village).matcher(words).find()) {
                    bare.add(new Place(district.name(), village));
                }
            }
        }
        List<Place> found = marked.isEmpty() ? bare : marked;
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        if (markedKecamatan != null) {
            return Optional.of(new Place(markedKecamatan, null));
        }
        String onlyWords = words;
        List<String> districts = wilayah.kecamatan().stream().map(Wilayah.Kecamatan::name)
                .filter(name -> named("", name).matcher(onlyWords).find()).toList();
        return found.isEmpty() && districts.size() == 1 ? Optional.of(new Place(districts.get(0), null))
                : Optional.empty();
    }

    List<Wilayah.Kecamatan> kecamatan() {
        return wilayah.kecamatan();
    }

    List<String> kelurahan(String kecamatan) {
        return wilayah.kecamatan().stream().filter(district -> district.name().equals(kecamatan)).findFirst()
                .map(Wilayah.Kecamatan::kelurahan).orElse(List.of());
    }

    /** {@code name} as a whole word, after {@code prefix} (a regular expression, or empty). */
    private static Pattern named(String prefix, String name) {
        return Pattern.compile("(^|[^\\p{L}])" + prefix + Pattern.quote(name.toLowerCase(Locale.ROOT))
                + "($|[^\\p{L}])");
    }
}
