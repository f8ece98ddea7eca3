package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.DocumentReleased;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a citizen on WhatsApp what happened to a case they filed there (or linked by its tracking code): a question
 * of the officer, an extension, the decision, a file of the granted information, the answer, a reopening. The
 * registration itself is the conversation's own reply, the only message that may carry the tracking code. A
 * streaming processor of its own; every notification is queued in the outbox under the event's id, so a redelivered
 * or replayed event sends nothing twice, and the outbox retries, paces and, outside the 24-hour window, sends the
 * approved template named in {@code sigap.whatsapp.templates.<kind>} instead (parameters: the case number and the new
 * status, never personal data). A kind without a template is not sent outside the window.
 */
@Component
@ProcessingGroup(CaseNotifications.PROCESSING_GROUP)
class CaseNotifications {

    static final String PROCESSING_GROUP = "whatsapp-notifications";

    private final WhatsAppContacts contacts;
    private final WhatsAppOutbox outbox;
    private final OutboxSender sender;
    private final MessageSource messages;
    private final WhatsAppProperties properties;
    private final OfficeDates dates;

    CaseNotifications(WhatsAppContacts contacts, WhatsAppOutbox outbox, OutboxSender sender, MessageSource messages,
            WhatsAppProperties properties, OfficeDates dates) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
    }

    @EventHandler
    void on(ClarificationRequested event, @MessageIdentifier String eventId) {
        notify(event.requestId().value(), eventId, "clarification",
                (words, number) -> words.t("wa.notify.clarification", number, event.reason()));
    }

    @EventHandler
    void on(NoticeDeadlineExtended event, @MessageIdentifier String eventId) {
        notify(event.requestId().value(), eventId, "extended", (words, number) -> words.t("wa.notify.extended",
                number, dates.date(event.noticeDeadline().dueDate(), words.locale())));
    }

    @EventHandler
    void on(WrittenNoticeSent event, @MessageIdentifier String eventId) {
        notify(event.requestId().value(), eventId, "decided", (words, number) -> words.t("wa.notify.decided",
                number, words.t("InformationRequestStatus." + event.notice().decision().name())));
    }

    /** The file itself is on the status page, which the tracking link of the registration opens. */
    @EventHandler
    void on(DocumentReleased event, @MessageIdentifier String eventId) {
        notify(event.requestId().value(), eventId, "document", (words, number) -> words.t("wa.notify.document",
                number, event.document().fileName()));
    }

    @EventHandler
    void on(ObjectionAnswered event, @MessageIdentifier String eventId) {
        notify(event.requestId().value(), eventId, "decided", (words, number) -> words.t(
                "wa.notify.objectionAnswered", number, event.objectionNumber().value(),
                words.t("status.outcome." + event.outcome().name())));
    }

    @EventHandler
    void on(ComplainantAsked event, @MessageIdentifier String eventId) {
        notify(event.complaintId().value(), eventId, "clarification",
                (words, number) -> words.t("wa.notify.clarification", number, event.question()));
    }

    @EventHandler
    void on(ComplaintRejected event, @MessageIdentifier String eventId) {
        notify(event.complaintId().value(), eventId, "decided", (words, number) -> words.t("wa.notify.rejected",
                number, event.explanation() == null ? "" : event.explanation()));
    }

    @EventHandler
    void on(ComplaintAnswered event, @MessageIdentifier String eventId) {
        notify(event.complaintId().value(), eventId, "answered",
                (words, number) -> words.t("wa.notify.answered", number, event.answer()));
    }

    @EventHandler
    void on(ComplaintReopened event, @MessageIdentifier String eventId) {
        notify(event.complaintId().value(), eventId, "reopened",
                (words, number) -> words.t("wa.notify.reopened", number));
    }

    /** A notification's words, given the citizen's language and the case's number. */
    private interface Text {
        String in(Words words, String number);
    }

    private void notify(String caseId, String eventId, String kind, Text text) {
        Optional<WhatsAppContacts.CaseLink> follower = contacts.followerOf(caseId);
        if (follower.isEmpty() || !properties.enabled()) {
            return;
        }
        Optional<WhatsAppContacts.Contact> contact = contacts.find(follower.get().contact());
        if (contact.isEmpty()) {
            return;
        }
        Words words = new Words(messages, contact.get().language());
        String number = follower.get().number() == null ? "" : follower.get().number();
        WhatsAppProperties.Template template = properties.templates().get(kind);
        Reply.Template fallback = template == null ? null : new Reply.Template(template.name(), template.language(),
                List.of(number, words.t("wa.template.status." + kind)));
        outbox.queue("event:" + eventId, contact.get().key(), new Reply.Text(text.in(words, number)), fallback);
        sender.wake();
    }
}
