package id.go.cilegon.sigap.query.opinion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the kecamatan of Kota Cilegon a text speaks of, by the names of its 8 kecamatan and 43 kelurahan
 * ({@code data/cilegon-wilayah.csv}). "Cilegon" alone is the city, so that kecamatan counts only after "kecamatan"
 * or "kec"; "Bendungan" and "Pabean" are also common words, so those kelurahan count only after "kelurahan", "kel"
 * or "desa". The first place named wins.
 */
final class Places {

    private static final Set<String> GUARDED = Set.of("cilegon", "bendungan", "pabean");
    private static final Set<String> PLACE_WORDS = Set.of("kecamatan", "kec", "kelurahan", "kel", "desa");

    /** Each place's words, lower case, with its kecamatan; longer names first. */
    private final List<Map.Entry<List<String>, String>> names;

    Places(OpinionText text) {
        List<String> rows = ResourceLines.of("data/cilegon-wilayah.csv");
        Map<List<String>, String> places = new LinkedHashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split(",");
            String kecamatan = columns[0].strip();
            places.put(text.words(kecamatan), kecamatan);
            places.put(text.words(columns[3].strip()), kecamatan);
        }
        names = new ArrayList<>(places.entrySet());
        names.sort((a, b) -> b.getKey().size() - a.getKey().size());
    }

    Optional<String> kecamatanIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            for (Map.Entry<List<String>, String> name : names) {
                List<String> place = name.getKey();
                if (i + place.size() <= words.size() && words.subList(i, i + place.size()).equals(place)
                        && (place.size() > 1 || !GUARDED.contains(place.get(0))
                        || i > 0 && PLACE_WORDS.contains(words.get(i - 1)))) {
                    return Optional.of(name.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
