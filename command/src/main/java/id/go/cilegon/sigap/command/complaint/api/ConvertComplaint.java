package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;

/**
 * Turn a complaint that is really a request for public information into a permohonan, counted from the complaint's
 * receipt. {@code informationRequested} is what the PPID records as requested.
 */
public record ConvertComplaint(
        ComplaintId complaintId,
        String informationRequested,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        String explanation,
        OfficerId convertedBy) {

    public ConvertComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(obtainMethod, "obtainMethod");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(convertedBy, "convertedBy");
        if (informationRequested == null || informationRequested.isBlank()) {
            throw new IllegalArgumentException("A permohonan must say what information is requested");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("The complainant must be told why the complaint became a permohonan");
        }
    }
}
