package id.go.cilegon.sigap.query.complaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How alike two complaints read, from 0 to 1: the cosine of their term-frequency vectors after Lucene's Indonesian
 * analyzer has lower-cased them, dropped the stop words and stemmed the rest, so "jalanan berlubang" and "jalan
 * yang berlubang" share their terms. Subject and description are read together. The candidates are few (open
 * complaints of one kelurahan and category), so no index is needed.
 */
final class ComplaintSimilarity {

    /** Below this two complaints are not shown as possible duplicates; tuned on the tests' examples. */
    static final double THRESHOLD = 0.3;

    private final Analyzer analyzer = new IndonesianAnalyzer();

    double between(String first, String second) {
        Map<String, Integer> a = terms(first);
        Map<String, Integer> b = terms(second);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> term : a.entrySet()) {
            dot += term.getValue() * b.getOrDefault(term.getKey(), 0);
        }
        return dot / (norm(a) * norm(b));
    }

    Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return counts;
    }

    private static double norm(Map<String, Integer> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(count -> (double) count * count).sum());
    }
}
