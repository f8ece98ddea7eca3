package id.go.cilegon.sigap.webapp.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_unguessable_passphrase_passes() {
        assertThat(policy.broken("tumis kangkung di Merak pagi", "budi.santoso", "Budi Santoso")).isEmpty();
        assertThat(policy.broken("Hujan-Deras_Turun.7x", "dewi", "Dewi Kurniasih")).isEmpty();
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', value = {
            "pendek-9x!       | password.length",
            "budi.santoso-lama-7 | password.username",
            "amal.osotnas.idub-7 | password.username",
            "Password12345    | password.common",
            "BISMILLAH1234    | password.common",
            "hujan di sigap malam | password.context",
            "jalan Cilegon baru 7 | password.context",
            "kopi hitam 12345 pagi | password.sequence",
            "kopi hitam abcde pagi | password.sequence",
            "kopi hitam asdfg pagi | password.sequence",
            "kopi hitammmm pagi 7 | password.repeated",
            "santoso-kopi-hitam-7 | password.name"})
    void a_guessable_password_is_refused_with_the_rule_it_breaks(String password, String rule) {
        assertThat(policy.broken(password.strip(), "budi.santoso", "Budi Santoso")).contains(rule);
    }

    @Test
    void more_than_bcrypt_reads_is_too_long_even_in_few_characters() {
        String sixtyFourWide = "ꦲꦏ".repeat(32);

        assertThat(sixtyFourWide).hasSize(64);
        assertThat(policy.broken(sixtyFourWide, "budi", "Budi")).containsExactly("password.length");
        assertThat(policy.broken("x".repeat(3) + "kopi-hitam-pagi-hari-".repeat(4), "budi", "Budi"))
                .containsExactly("password.length");
    }

    @Test
    void each_rule_is_named_once_however_often_it_is_broken() {
        assertThat(policy.broken("abcde 12345 qwert", "budi", "Budi"))
                .containsOnlyOnce("password.sequence");
    }
}
