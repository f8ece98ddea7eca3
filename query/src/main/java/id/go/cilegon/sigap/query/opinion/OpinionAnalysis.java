package id.go.cilegon.sigap.query.opinion;

import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.query.opinion.api.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a text for the opinion monitor: its topic from the admins' taxonomy, its sentiment from the project's
 * lexicon, and the kecamatan it names. Pure and thread-safe; the same text and taxonomy always read the same.
 */
public class OpinionAnalysis {

    private final OpinionText text = new OpinionText();
    private final SentimentLexicon lexicon = new SentimentLexicon(text);
    private final Places places = new Places(text);
    private final TopicTaxonomy taxonomy;
    /** Each keyword's stems, by keyword: keywords repeat across texts, the stemming need not. */
    private final Map<String, List<String>> keywordStems = new ConcurrentHashMap<>();

    public OpinionAnalysis(TopicTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * @param topic     the topic's code, or {@link Topic#OTHER}
     * @param keywords  the topic's keywords found in the text
     * @param score     the lexicon's sum; see {@link SentimentLexicon}
     * @param evidence  the sentiment words counted
     * @param kecamatan the first kecamatan the text names, or {@code null}
     */
    public record Reading(String topic, List<String> keywords, Sentiment sentiment, double score,
            List<String> evidence, String kecamatan) {
    }

    public Reading read(String content) {
        List<String> stems = text.stems(content);
        String best = Topic.OTHER;
        List<String> bestKeywords = List.of();
        int bestScore = 0;
        for (Topic topic : taxonomy.all()) {
            if (!topic.active()) {
                continue;
            }
            int score = 0;
            List<String> found = new ArrayList<>();
            for (String keyword : topic.keywords()) {
                List<String> keywordStems = this.keywordStems.computeIfAbsent(keyword, text::stems);
                int hits = occurrences(stems, keywordStems);
                if (hits > 0) {
                    score += hits * (keywordStems.size() > 1 ? 2 : 1);
                    found.add(keyword);
                }
            }
            if (score > bestScore) {
                best = topic.code();
                bestKeywords = List.copyOf(found);
                bestScore = score;
            }
        }
        SentimentLexicon.Reading sentiment = lexicon.read(stems);
        Optional<String> kecamatan = places.kecamatanIn(text.words(content));
        return new Reading(best, bestKeywords, sentiment.sentiment(), sentiment.score(), sentiment.words(),
                kecamatan.orElse(null));
    }

    private static int occurrences(List<String> stems, List<String> phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i + phrase.size() <= stems.size(); i++) {
            if (stems.subList(i, i + phrase.size()).equals(phrase)) {
                count++;
            }
        }
        return count;
    }
}
