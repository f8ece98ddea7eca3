package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a validated complaint form into a registered complaint; the citizen's page, the desk's page and the JSON
 * API, Open311 and the WhatsApp bridge all come through here. Attachments arrive already checked and stored; a
 * complaint that fails to register leaves them unassigned, and the attachment store's sweep deletes them.
 */
@Component
public class ComplaintIntake {

    private final Messaging messaging;
    private final Clock clock;

    ComplaintIntake(Messaging messaging, Clock clock) {
        this.messaging = messaging;
        this.clock = clock;
    }

    /** A complaint the citizen files themselves, received the moment it arrives. */
    Mono<Receipt> register(ComplaintForm form, List<Attachment> attachments) {
        return register(form, attachments, Channel.WEB, clock.instant(), null);
    }

    /** A complaint an officer enters: received when and how the agency actually got it. */
    Mono<Receipt> register(ComplaintForm form, List<Attachment> attachments, Channel channel, Instant receivedAt,
            OfficerId enteredBy) {
        return register(ComplaintId.newId(), form, attachments, channel, receivedAt, enteredBy);
    }

    /**
     * A complaint whose id the caller chose: the WhatsApp bridge derives it from the message that confirmed the
     * form, so handling that message twice cannot register two complaints.
     */
    public Mono<Receipt> register(ComplaintId id, ComplaintForm form, List<Attachment> attachments, Channel channel,
            Instant receivedAt, OfficerId enteredBy) {
        TrackingCode code = TrackingCode.generate();
        RegisterComplaint command = new RegisterComplaint(id, channel, receivedAt,
                form.anonymous() ? null : PersonalData.of(DataSubjectId.newId(), form.complainant()),
                form.confidential(), form.judul().strip(), form.uraian().strip(), form.category(), form.location(),
                attachments, code.hash(), enteredBy);
        return messaging.<ComplaintNumber>send(command).map(number -> new Receipt(id, number, code));
    }

    /** What the citizen takes away: the number and the secret code that opens the status page. */
    public record Receipt(ComplaintId complaintId, ComplaintNumber number, TrackingCode trackingCode) {
    }
}
