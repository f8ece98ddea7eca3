package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import java.time.LocalDate;
import java.util.List;

/**
 * The PPID's <i>penetapan</i> that a piece of information is exempt (UU KIP Pasal 17 and 19; Perki 1/2021 Pasal
 * 49): the Pasal 17 letters it rests on, the consequence test behind it, the decision's number and date. The
 * exemption runs from the decision's date for the test's period.
 *
 * @param decisionNumber the number of the signed decision, or {@code null} when the PPID numbers none
 */
public record Exemption(
        List<ExemptionGround> grounds,
        ConsequenceTest test,
        String decisionNumber,
        LocalDate decidedOn) {

    public Exemption {
        grounds = grounds == null ? List.of() : grounds.stream().distinct().sorted().toList();
    }

    /** The first day the information is no longer exempt. (Not bean-style, so the serializer does not store it.) */
    public LocalDate endsOn() {
        return decidedOn.plus(test.exemptionPeriod());
    }
}
