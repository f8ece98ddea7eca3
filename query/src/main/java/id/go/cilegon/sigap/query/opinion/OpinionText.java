package id.go.cilegon.sigap.query.opinion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * How Sigap reads a Bahasa Indonesia text for the opinion monitor, built from Lucene's own parts: the standard
 * tokenizer, lower case, the project's slang map ({@code opinion/slang.txt}: "gak" → tidak, "bgt" → sangat,
 * "jln" → jalan) and Lucene's Indonesian stemmer, so "jalanan", "berlubang" and "diperbaiki" meet "jalan", "lubang"
 * and "baik". Unlike Lucene's {@code IndonesianAnalyzer} it keeps the stop words, because "tidak" and "belum" turn a
 * sentiment around. Thread-safe.
 */
final class OpinionText {

    private final Analyzer stems;
    private final Analyzer words;

    OpinionText() {
        try {
            ClasspathResourceLoader resources = new ClasspathResourceLoader(OpinionText.class.getClassLoader());
            this.stems = CustomAnalyzer.builder(resources)
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("synonymGraph", "synonyms", "opinion/slang.txt", "ignoreCase", "true")
                    .addTokenFilter("indonesianStem", "stemDerivational", "true")
                    .build();
            this.words = CustomAnalyzer.builder(resources)
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("The opinion analysis resources are missing from the class path", e);
        }
    }

    /** The text's stems, in order. */
    List<String> stems(String text) {
        return tokens(stems, text);
    }

    /** The text's words in lower case, unstemmed: for place names, which the stemmer would cut. */
    List<String> words(String text) {
        return tokens(words, text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // A multi-word replacement ("makasih" → "terima kasih") arrives as one token with a space.
                for (String part : term.toString().split(" ")) {
                    if (!part.isEmpty()) {
                        tokens.add(part);
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return tokens;
    }
}
