package id.go.cilegon.sigap.webapp.account;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.passay.PasswordData;
import org.passay.data.EnglishSequenceData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.rule.DictionaryRule;
import org.passay.rule.DictionarySubstringRule;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.LengthRule;
import org.passay.rule.RepeatCharactersRule;
import org.passay.rule.Rule;
import org.passay.rule.UsernameRule;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The officers' password policy, after NIST SP 800-63B: length rather than composition rules, and nothing easy to
 * guess. A new password has 12 to 64 characters (and at most 72 bytes, all that bcrypt reads), does not contain the
 * user name (either way round) or a word of the officer's name, is not one of the common passwords in
 * {@code security/kata-sandi-umum.txt}, contains none of the words everyone tries here (sigap, cilegon, password,
 * …), no run of five in the alphabet, on the keyboard or in counting, and no character four times in a row. Passay
 * checks each rule.
 *
 * <p>The policy applies when a password is set — by an admin or by the officer — not to passwords set before it
 * (the demo accounts' keep working).
 */
@Component
public class PasswordPolicy {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 64;
    static final int BCRYPT_BYTES = 72;
    private static final List<String> CONTEXT = List.of("sigap", "cilegon", "kominfo", "password", "passw0rd",
            "katasandi", "qwerty");
    /** Words of the officer's name shorter than this are too common to refuse (e.g. "Siti" is, "Ani" is not). */
    private static final int NAME_WORD = 4;

    private final Map<Rule, String> rules = new LinkedHashMap<>();

    public PasswordPolicy() {
        rules.put(new LengthRule(MINIMUM, MAXIMUM), "password.length");
        rules.put(new UsernameRule(true, true), "password.username");
        rules.put(new DictionaryRule(dictionary(common()), true), "password.common");
        rules.put(new DictionarySubstringRule(dictionary(CONTEXT)), "password.context");
        for (EnglishSequenceData sequence : EnglishSequenceData.values()) {
            rules.put(new IllegalSequenceRule(sequence, 5, false), "password.sequence");
        }
        rules.put(new RepeatCharactersRule(4), "password.repeated");
    }

    /**
     * Refuses {@code password} on {@code field} of the form for every rule it breaks (each message once), reading the
     * officer's user name and display name as the context it may not contain.
     *
     * @return whether the password is acceptable
     */
    public boolean check(BindingResult errors, String field, String password, String username, String displayName) {
        List<String> broken = broken(password, username, displayName);
        broken.forEach(code -> FieldMessages.reject(errors, field, code, MINIMUM, MAXIMUM));
        return broken.isEmpty();
    }

    /** The message codes of the rules {@code password} breaks, in the order a reader fixes them, each once. */
    List<String> broken(String password, String username, String displayName) {
        PasswordData candidate = new PasswordData(username, password);
        List<String> broken = new ArrayList<>();
        rules.forEach((rule, code) -> {
            if (!rule.validate(candidate).isValid() && !broken.contains(code)) {
                broken.add(code);
            }
        });
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES && !broken.contains("password.length")) {
            broken.add(0, "password.length");
        }
        List<String> nameWords = Arrays.stream(displayName == null ? new String[0] : displayName.split("[^\\p{L}]+"))
                .filter(word -> word.length() >= NAME_WORD).map(word -> word.toLowerCase(Locale.ROOT)).toList();
        if (!nameWords.isEmpty()
                && !new DictionarySubstringRule(dictionary(nameWords)).validate(candidate).isValid()) {
            broken.add("password.name");
        }
        return broken;
    }

    private static WordListDictionary dictionary(List<String> words) {
        String[] sorted = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).distinct()
                .sorted(WordLists.CASE_INSENSITIVE_COMPARATOR).toArray(String[]::new);
        return new WordListDictionary(new ArrayWordList(sorted, false, null));
    }

    private static List<String> common() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/kata-sandi-umum.txt").getInputStream(), StandardCharsets.UTF_8));
                Stream<String> lines = reader.lines()) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the application", e);
        }
    }
}
