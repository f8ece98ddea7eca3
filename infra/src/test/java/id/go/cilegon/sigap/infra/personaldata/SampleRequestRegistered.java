package id.go.cilegon.sigap.infra.personaldata;

import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.time.LocalDate;

/** Shaped like a real event: identifiers and case facts in clear, the person in a {@link PersonalData}. */
record SampleRequestRegistered(
        String requestId,
        Instant receivedAt,
        PersonalData<Applicant> requester,
        String informationRequested,
        LocalDate noticeDue) {

    record Applicant(String name, String nik, String address, String phone, String email, String occupation) {
    }
}
