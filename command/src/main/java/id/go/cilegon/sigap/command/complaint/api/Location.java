package id.go.cilegon.sigap.command.complaint.api;

/**
 * Where the complaint is about: a kelurahan of Kota Cilegon and, if the citizen dropped one, a point on the map.
 * The place of a broken road is not personal data; the complainant's own address is kept in {@link Complainant}.
 *
 * @param latitude  WGS 84, or {@code null} when no point was given
 * @param longitude WGS 84, or {@code null} when no point was given
 */
public record Location(String kecamatan, String kelurahan, Double latitude, Double longitude) {

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
