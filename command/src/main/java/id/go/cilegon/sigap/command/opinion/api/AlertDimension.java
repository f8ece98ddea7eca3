package id.go.cilegon.sigap.command.opinion.api;

/** What a spike of negative opinion is measured over. */
public enum AlertDimension {
    /** One topic of the taxonomy, across the city. */
    TOPIK,
    /** One kecamatan, across topics. */
    KECAMATAN
}
