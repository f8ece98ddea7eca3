package id.go.cilegon.sigap.command.mediaissue;

import id.go.cilegon.sigap.command.complaint.ComplaintRegistration;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.ReferMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.shared.api.Channel;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Turns a media issue into the case it really is, in one unit of work: the complaint or permohonan is registered
 * with its own number, then the issue records where it went. A complaint from the media is anonymous (the author of
 * a post is not a complainant who consented to be one) and received when the issue was detected; a journalist's
 * request is received now, when the journalist's identity is known.
 */
public class MediaIssueReferral {

    private final Repository<MediaIssue> issues;
    private final ComplaintRegistration complaints;
    private final InformationRequestRegistration requests;
    private final Clock clock;

    public MediaIssueReferral(Repository<MediaIssue> issues, ComplaintRegistration complaints,
            InformationRequestRegistration requests, Clock clock) {
        this.issues = issues;
        this.complaints = complaints;
        this.requests = requests;
        this.clock = clock;
    }

    /** @return the new case's register number */
    @CommandHandler
    public String handle(ReferMediaIssue command) throws Exception {
        Aggregate<MediaIssue> issue = issues.load(command.mediaIssueId().toString());
        MediaIssue.Referral referral = issue.invoke(MediaIssue::referral);
        MediaSource source = referral.source();
        String explanation = command.explanation().strip();
        String caseId;
        String caseNumber;
        if (command.kind() == ReferralKind.PENGADUAN) {
            ComplaintId complaintId = ComplaintId.newId();
            caseId = complaintId.value();
            caseNumber = complaints.handle(new RegisterComplaint(complaintId, Channel.MEDIA_SOSIAL,
                    referral.detectedAt(), null, false, source.title(), description(referral, explanation),
                    command.category(), command.location(), null, command.trackingCodeHash(), command.referredBy()))
                    .value();
        } else {
            InformationRequestId requestId = InformationRequestId.newId();
            caseId = requestId.value();
            caseNumber = requests.handle(new RegisterInformationRequest(requestId, Channel.MEDIA_SOSIAL,
                    clock.instant(), command.requester(), command.informationRequested().strip(),
                    purpose(command, referral), command.obtainMethod(), command.deliveryMethod(),
                    command.trackingCodeHash(), null)).value();
        }
        issue.execute(referred -> referred.referredTo(command.kind(), caseId, caseNumber, explanation,
                command.referredBy(), clock.instant()));
        return caseNumber;
    }

    private static String purpose(ReferMediaIssue command, MediaIssue.Referral referral) {
        String origin = "dialihkan dari isu media " + referral.number();
        return command.purpose() == null || command.purpose().isBlank() ? "D" + origin.substring(1)
                : command.purpose().strip() + " (" + origin + ")";
    }

    private static String description(MediaIssue.Referral referral, String explanation) {
        MediaSource source = referral.source();
        StringBuilder text = new StringBuilder("Dari isu media ").append(referral.number()).append(" (")
                .append(source.outlet()).append(')');
        if (source.url() != null) {
            text.append(", ").append(source.url());
        }
        text.append(".\n");
        if (source.excerpt() != null) {
            text.append(source.excerpt()).append('\n');
        }
        return text.append(explanation).toString();
    }
}
