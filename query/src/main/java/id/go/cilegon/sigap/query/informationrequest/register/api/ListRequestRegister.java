package id.go.cilegon.sigap.query.informationrequest.register.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;

/**
 * The Register Permohonan of one year, by registration number, as a list of {@link RequestRegisterEntry}.
 *
 * @param publicVersion without personal data (see {@link RequestRegisterEntry#withoutPersonalData()})
 * @param status        only the requests with this status; {@code null} for all
 */
public record ListRequestRegister(int year, InformationRequestStatus status, boolean publicVersion) {
}
