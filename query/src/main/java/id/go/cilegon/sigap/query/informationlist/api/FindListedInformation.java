package id.go.cilegon.sigap.query.informationlist.api;

/** One piece of information in the lists, by its id; answers an optional {@link ListedInformationEntry}. */
public record FindListedInformation(String listedInformationId) {
}
