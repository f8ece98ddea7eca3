package id.go.cilegon.sigap.command.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Issues the list number of a new piece of information, by the year it is listed; answers with the number. */
public class InformationListing {

    private final Repository<ListedInformation> information;
    private final RegisterSequence registers;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public InformationListing(Repository<ListedInformation> information, RegisterSequence registers,
            WorkingDayCalendar calendar, Clock clock) {
        this.information = information;
        this.registers = registers;
        this.calendar = calendar;
        this.clock = clock;
    }

    @CommandHandler
    public ListedInformationNumber handle(ListInformation command) throws Exception {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, calendar.zone()).getYear();
        ListedInformationNumber number = ListedInformationNumber.of(year,
                registers.next(ListedInformationNumber.REGISTER, year));
        information.newInstance(() -> new ListedInformation(command, number, now));
        return number;
    }
}
