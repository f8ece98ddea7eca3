package id.go.cilegon.sigap.query.informationrequest.register.api;

/** The years either register has lines in, newest first, as a list of {@link Integer}. */
public record ListRegisterYears() {
}
