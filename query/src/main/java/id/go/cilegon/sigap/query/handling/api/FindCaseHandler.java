package id.go.cilegon.sigap.query.handling.api;

import java.util.Objects;

/** One case's handler; answers nothing while the case has none and was never escalated. */
public record FindCaseHandler(String caseId) {

    public FindCaseHandler {
        Objects.requireNonNull(caseId, "caseId");
    }
}
