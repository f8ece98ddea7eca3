package id.go.cilegon.sigap.command.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.KipDeadlines;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * The registration desk: issues the <i>nomor pendaftaran</i> (UU KIP Pasal 22(4)) and starts the request. It
 * answers with the number, so the citizen holds it the moment the request is stored.
 */
public class InformationRequestRegistration {

    private final Repository<InformationRequest> requests;
    private final RegisterSequence registers;
    private final WorkingDayCalendar calendar;

    public InformationRequestRegistration(
            Repository<InformationRequest> requests, RegisterSequence registers, WorkingDayCalendar calendar) {
        this.requests = requests;
        this.registers = registers;
        this.calendar = calendar;
    }

    @CommandHandler
    public RegistrationNumber handle(RegisterInformationRequest command) throws Exception {
        int year = calendar.effectiveReceiptDate(command.receivedAt()).getYear();
        RegistrationNumber number = RegistrationNumber.of(year, registers.next(RegistrationNumber.REGISTER, year));
        Deadline noticeDeadline =
                calendar.workingDaysAfter(command.receivedAt(), KipDeadlines.NOTICE);
        requests.newInstance(() -> new InformationRequest(command, number, noticeDeadline));
        return number;
    }
}
