package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/**
 * The complaint was a request for public information: the permohonan {@code registrationNumber} was registered in
 * its place, counted from the complaint's receipt, and the complainant was told why.
 */
public record ComplaintConverted(
        ComplaintId complaintId,
        InformationRequestId requestId,
        RegistrationNumber registrationNumber,
        String explanation,
        OfficerId convertedBy,
        Instant convertedAt) implements ComplaintEvent {
}
