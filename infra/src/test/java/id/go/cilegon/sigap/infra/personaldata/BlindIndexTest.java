package id.go.cilegon.sigap.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A person is found by NIK, phone or e-mail as they typed it any way, and the index shows none of them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BlindIndexTest {

    private final BlindIndex index = BlindIndex.derivedFrom(MasterKey.generate());

    @Test
    void an_indonesian_number_is_the_same_entry_however_it_is_written() {
        String local = index.of(BlindIndex.Kind.TELEPON, "0812-3456-7890");
        assertThat(index.of(BlindIndex.Kind.TELEPON, "+62 812 3456 7890")).isEqualTo(local);
        assertThat(index.of(BlindIndex.Kind.TELEPON, "6281234567890")).isEqualTo(local);
        assertThat(index.of(BlindIndex.Kind.TELEPON, "081234567891")).isNotEqualTo(local);
    }

    @Test
    void an_email_ignores_case_and_spaces_around_it() {
        assertThat(index.of(BlindIndex.Kind.SUREL, "  Rina@Example.org "))
                .isEqualTo(index.of(BlindIndex.Kind.SUREL, "rina@example.org"));
    }

    @Test
    void the_entry_holds_no_digit_of_the_value_and_kinds_never_meet() {
        String nik = index.of(BlindIndex.Kind.NIK, "3672014101900005");
        assertThat(nik).startsWith("NIK:").doesNotContain("3672014101900005").doesNotContain("4101900005");
        assertThat(index.of(BlindIndex.Kind.TELEPON, "3672014101900005")).isNotEqualTo(nik)
                .startsWith("TELEPON:");
    }

    @Test
    void a_network_address_is_an_entry_of_its_own_kind_without_the_address() {
        String address = index.of(BlindIndex.Kind.ALAMAT_IP, "10.0.0.7");
        assertThat(address).startsWith("ALAMAT_IP:").doesNotContain("10.0.0.7");
        assertThat(index.of(BlindIndex.Kind.ALAMAT_IP, "100.0.7")).as("not the digits alone").isNotEqualTo(address);
        assertThat(index.of(BlindIndex.Kind.ALAMAT_IP, "2001:db8:0:0:0:0:0:1")).startsWith("ALAMAT_IP:");
    }

    @Test
    void a_login_name_is_read_in_lower_case_without_the_name() {
        String name = index.of(BlindIndex.Kind.NAMA_PENGGUNA, " Petugas ");
        assertThat(name).startsWith("NAMA_PENGGUNA:").doesNotContain("petugas");
        assertThat(index.of(BlindIndex.Kind.NAMA_PENGGUNA, "petugas")).isEqualTo(name);
        assertThat(index.of(BlindIndex.Kind.SUREL, "petugas")).as("a kind of its own").isNotEqualTo(name);
    }

    @Test
    void another_master_key_gives_other_entries() {
        BlindIndex other = BlindIndex.derivedFrom(MasterKey.generate());
        assertThat(other.of(BlindIndex.Kind.NIK, "3672014101900005"))
                .isNotEqualTo(index.of(BlindIndex.Kind.NIK, "3672014101900005"));
    }

    @Test
    void nothing_to_index_is_no_entry() {
        assertThat(index.of(BlindIndex.Kind.NIK, null)).isNull();
        assertThat(index.of(BlindIndex.Kind.TELEPON, " - ")).isNull();
    }
}
