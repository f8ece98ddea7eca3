package id.go.cilegon.sigap.query.informationrequest.register.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;

/**
 * The Register Keberatan of one year, by keberatan number, as a list of {@link ObjectionRegisterEntry}.
 *
 * @param publicVersion without personal data (see {@link ObjectionRegisterEntry#withoutPersonalData()})
 * @param status        only the keberatan with this standing ({@link ObjectionRegisterEntry#status()}); {@code null}
 *                      for all
 */
public record ListObjectionRegister(int year, InformationRequestStatus status, boolean publicVersion) {
}
