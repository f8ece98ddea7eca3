package id.go.cilegon.sigap.command.complaint;

import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ConvertComplaint;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Turns a complaint that is really a request for public information into a permohonan, in one unit of work: the
 * request is registered with its own number, counted from the complaint's receipt (domain brief §3.4: the UU KIP
 * clock runs from the original receipt), for the same person under the same data subject and tracking code; then
 * the complaint records where it went. The request learns where it came from through {@code ComplaintConverted}.
 */
public class ComplaintConversion {

    private final Repository<Complaint> complaints;
    private final InformationRequestRegistration requests;
    private final Clock clock;

    public ComplaintConversion(Repository<Complaint> complaints, InformationRequestRegistration requests,
            Clock clock) {
        this.complaints = complaints;
        this.requests = requests;
        this.clock = clock;
    }

    @CommandHandler
    public RegistrationNumber handle(ConvertComplaint command) throws Exception {
        Aggregate<Complaint> complaint = complaints.load(command.complaintId().toString());
        Complaint.ConversionSource source = complaint.invoke(Complaint::conversionSource);
        Complainant person = source.complainant().value();
        InformationRequestId requestId = InformationRequestId.newId();
        RegistrationNumber number = requests.handle(new RegisterInformationRequest(requestId,
                source.channel(), source.receivedAt(),
                PersonalData.of(source.complainant().subject(), new Requester(person.name(),
                        Requester.IdentityKind.NIK, person.nik(), person.address(), person.phone(), person.email(),
                        null)),
                command.informationRequested().strip(), "Dialihkan dari pengaduan " + source.number(),
                command.obtainMethod(), command.deliveryMethod(), source.trackingCodeHash()));
        complaint.execute(converted -> converted.convertedInto(requestId, number, command.explanation().strip(),
                command.convertedBy(), clock.instant()));
        return number;
    }
}
