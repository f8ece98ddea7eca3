package id.go.cilegon.sigap.webapp.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.complaint.Wilayah;
import org.junit.jupiter.api.Test;

/** Reading a kelurahan and kecamatan of Cilegon out of a pin's address or what a citizen typed. */
class PlacesTest {

    private final Places places = new Places(new Wilayah());

    @Test
    void an_address_with_kel_and_kec_names_both() {
        assertThat(places.in("SDN Ciwaduk 1", "Jl. Ahmad Yani, Kel. Ciwaduk, Kec. Cilegon"))
                .contains(new Places.Place("Cilegon", "Ciwaduk"));
    }

    @Test
    void kota_cilegon_is_the_city_and_a_kecamatan_named_like_its_kelurahan_does_not_confuse() {
        assertThat(places.in("Kantor Wali Kota Cilegon",
                "Jl. Jend. Sudirman No.2, Ramanuju, Kec. Purwakarta, Kota Cilegon"))
                .contains(new Places.Place("Purwakarta", "Ramanuju"));
    }

    @Test
    void a_typed_kelurahan_alone_finds_its_kecamatan() {
        assertThat(places.in("di ciwaduk dekat pasar")).contains(new Places.Place("Cilegon", "Ciwaduk"));
    }

    @Test
    void only_a_kecamatan_gives_the_kecamatan_and_no_place_gives_nothing() {
        assertThat(places.in("Kecamatan Grogol")).contains(new Places.Place("Grogol", null));
        assertThat(places.in("Balai Kota", "Jl. Merdeka")).isEmpty();
        assertThat(places.in((String) null)).isEmpty();
    }
}
