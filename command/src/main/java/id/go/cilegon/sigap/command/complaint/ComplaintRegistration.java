package id.go.cilegon.sigap.command.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * The complaint desk: issues the registration number and starts the verification clock. It answers with the
 * number, so the citizen holds it the moment the complaint is stored.
 */
public class ComplaintRegistration {

    private final Repository<Complaint> complaints;
    private final RegisterSequence registers;
    private final WorkingDayCalendar calendar;
    private final ComplaintPolicy policy;

    public ComplaintRegistration(Repository<Complaint> complaints, RegisterSequence registers,
            WorkingDayCalendar calendar, ComplaintPolicy policy) {
        this.complaints = complaints;
        this.registers = registers;
        this.calendar = calendar;
        this.policy = policy;
    }

    @CommandHandler
    public ComplaintNumber handle(RegisterComplaint command) throws Exception {
        int year = calendar.effectiveReceiptDate(command.receivedAt()).getYear();
        ComplaintNumber number = ComplaintNumber.of(year, registers.next(ComplaintNumber.REGISTER, year));
        complaints.newInstance(() -> new Complaint(command, number,
                calendar.workingDaysAfter(command.receivedAt(), policy.verificationWorkingDays())));
        return number;
    }
}
