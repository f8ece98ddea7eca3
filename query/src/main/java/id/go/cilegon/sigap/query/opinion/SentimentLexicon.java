package id.go.cilegon.sigap.query.opinion;

import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's sentiment lexicon ({@code opinion/leksikon-sentimen.tsv}, CC0) applied to a text's stems. The rule,
 * stated once: the longest listed phrase at each position counts with its weight; a negator up to two words before
 * it turns the weight around, an intensifier up to two words before or one after makes it count half again; the sum
 * is the score, and a score of +1 or more reads {@link Sentiment#POSITIF}, −1 or less {@link Sentiment#NEGATIF},
 * anything between {@link Sentiment#NETRAL}.
 */
final class SentimentLexicon {

    private static final Set<String> NEGATORS = Set.of("tidak", "bukan", "belum", "jangan", "tanpa", "kurang");
    private static final Set<String> INTENSIFIERS = Set.of("sangat", "sekali", "amat", "terlalu", "sungguh", "makin",
            "semakin");
    private static final int LONGEST_PHRASE = 3;

    /** Entries by their stems joined with a space. */
    private final Map<String, Entry> weights = new HashMap<>();

    /** A listed word or phrase as the lexicon writes it, and its weight. */
    private record Entry(String word, int weight) {
    }

    SentimentLexicon(OpinionText text) {
        for (String line : ResourceLines.of("opinion/leksikon-sentimen.tsv")) {
            String[] columns = line.split("\t");
            List<String> stems = text.stems(columns[0]);
            if (!stems.isEmpty()) {
                weights.put(String.join(" ", stems), new Entry(columns[0].strip(),
                        Integer.parseInt(columns[1].strip())));
            }
        }
    }

    /** The score and the lexicon's words that made it. */
    record Reading(double score, Sentiment sentiment, List<String> words) {
    }

    Reading read(List<String> stems) {
        double score = 0;
        List<String> counted = new ArrayList<>();
        for (int i = 0; i < stems.size(); ) {
            int length = longestMatch(stems, i);
            if (length == 0) {
                i++;
                continue;
            }
            Entry entry = weights.get(String.join(" ", stems.subList(i, i + length)));
            double weight = entry.weight();
            if (weight != 0) {
                if (any(stems, i - 2, i, NEGATORS)) {
                    weight = -weight;
                }
                if (any(stems, i - 2, i, INTENSIFIERS) || any(stems, i + length, i + length + 1, INTENSIFIERS)) {
                    weight *= 1.5;
                }
                score += weight;
                counted.add(entry.word());
            }
            i += length;
        }
        Sentiment sentiment = score >= 1 ? Sentiment.POSITIF : score <= -1 ? Sentiment.NEGATIF : Sentiment.NETRAL;
        return new Reading(score, sentiment, List.copyOf(counted));
    }

    private int longestMatch(List<String> stems, int from) {
        for (int length = Math.min(LONGEST_PHRASE, stems.size() - from); length > 0; length--) {
            if (weights.containsKey(String.join(" ", stems.subList(from, from + length)))) {
                return length;
            }
        }
        return 0;
    }

    private static boolean any(List<String> stems, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(stems.size(), to); i++) {
            if (words.contains(stems.get(i))) {
                return true;
            }
        }
        return false;
    }
}
