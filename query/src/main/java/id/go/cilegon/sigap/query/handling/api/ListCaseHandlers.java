package id.go.cilegon.sigap.query.handling.api;

import java.util.Set;

/**
 * The handlers of the cases named (by their ids), for the supervision page: found by key, so the answer costs what
 * the open cases cost however many closed ones have had a handler. A case nobody handles has no line.
 */
public record ListCaseHandlers(Set<String> caseIds) {

    public ListCaseHandlers {
        caseIds = Set.copyOf(caseIds);
    }
}
