package id.go.cilegon.sigap.command.informationrequest.api;

import java.time.Period;
import java.util.List;

/**
 * The <i>uji konsekuensi</i> (UU KIP Pasal 19; Perki 1/2021 Pasal 49(2)) behind an exemption, as its signed sheet
 * records it. The PPID must carry it out before declaring information exempt, so a refusal or partial grant that
 * rests on Pasal 17 carries it into the case file.
 *
 * @param documents           the documents identified as containing the information to be exempted
 * @param lawReliedOn         the Undang-Undang (and article) the exemption rests on
 * @param consequenceAnalysis the consequences of opening the information, weighed against the public interest
 * @param exemptionPeriod     how long the information stays exempt (<i>jangka waktu pengecualian</i>)
 */
public record ConsequenceTest(
        List<String> documents,
        String lawReliedOn,
        String consequenceAnalysis,
        Period exemptionPeriod) {

    public ConsequenceTest {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * Every element the Perki requires is there; a test missing one is not a consequence test. (Not a bean-style
     * {@code isComplete}, so the serializer does not store it as a field.)
     */
    public boolean coversEveryElement() {
        return !documents.isEmpty()
                && documents.stream().noneMatch(String::isBlank)
                && lawReliedOn != null && !lawReliedOn.isBlank()
                && consequenceAnalysis != null && !consequenceAnalysis.isBlank()
                && exemptionPeriod != null && !exemptionPeriod.isZero() && !exemptionPeriod.isNegative();
    }
}
