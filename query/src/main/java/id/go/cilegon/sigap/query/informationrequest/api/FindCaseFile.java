package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;

/** The whole case file of one request as officers see it; answered with {@link CaseFile} or nothing. */
public record FindCaseFile(InformationRequestId requestId) {
}
