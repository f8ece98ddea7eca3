package id.go.cilegon.sigap.query.informationrequest.deadline.api;

import java.time.LocalDate;

/**
 * A keberatan waiting for the Atasan PPID's written answer (UU KIP Pasal 36(2)).
 *
 * @param answerDue            the last day of the Atasan's 30 hari kerja
 * @param answerDeadlineMissed whether the breach is already on record
 */
public record OpenObjection(
        String requestId,
        String objectionNumber,
        LocalDate answerDue,
        boolean answerDeadlineMissed) {
}
