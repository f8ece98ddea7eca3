package id.go.cilegon.sigap.query.informationrequest.notice.api;

import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import java.time.Period;
import java.util.List;

/**
 * The consequence test (UU KIP Pasal 19) behind a refusal or partial grant, as the notice summarises it.
 *
 * @param exemptionPeriod the <i>jangka waktu pengecualian</i> as ISO-8601 text ({@code P5Y}): the store has no
 *                        codec for {@link Period}
 */
public record ConsequenceTestSheet(
        List<String> documents,
        String lawReliedOn,
        String consequenceAnalysis,
        String exemptionPeriod) {

    public ConsequenceTestSheet {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** {@code null} for a notice that needed no consequence test. */
    public static ConsequenceTestSheet of(ConsequenceTest test) {
        if (test == null) {
            return null;
        }
        return new ConsequenceTestSheet(test.documents(), test.lawReliedOn(), test.consequenceAnalysis(),
                test.exemptionPeriod() == null ? null : test.exemptionPeriod().toString());
    }

    /** The exemption period, or {@code null} when none was given. */
    public Period period() {
        return exemptionPeriod == null ? null : Period.parse(exemptionPeriod);
    }
}
