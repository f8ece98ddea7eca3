package id.go.cilegon.sigap.command.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssuePolicy;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Issues the media register number and starts the triage clock; answers with the number. */
public class MediaIssueLogging {

    private final Repository<MediaIssue> issues;
    private final RegisterSequence registers;
    private final WorkingDayCalendar calendar;
    private final MediaIssuePolicy policy;

    public MediaIssueLogging(Repository<MediaIssue> issues, RegisterSequence registers, WorkingDayCalendar calendar,
            MediaIssuePolicy policy) {
        this.issues = issues;
        this.registers = registers;
        this.calendar = calendar;
        this.policy = policy;
    }

    @CommandHandler
    public MediaIssueNumber handle(LogMediaIssue command) throws Exception {
        int year = calendar.effectiveReceiptDate(command.detectedAt()).getYear();
        MediaIssueNumber number = MediaIssueNumber.of(year, registers.next(MediaIssueNumber.REGISTER, year));
        issues.newInstance(() -> new MediaIssue(command, number,
                calendar.workingDaysAfter(command.detectedAt(), policy.triageWorkingDays())));
        return number;
    }
}
