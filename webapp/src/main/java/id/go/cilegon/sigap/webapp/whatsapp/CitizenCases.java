package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCase;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/**
 * A citizen's cases as the conversation sees them: found by the tracking code (the only authority, as on the web)
 * or by the number of a case already linked to this WhatsApp contact, read from the same read models as the
 * citizen's status pages, and described in a few lines. Blocks: called from the inbox's own thread.
 */
@Component
class CitizenCases {

    /** A complaint or a request, whichever the reference found, with its file. */
    record Found(WhatsAppContacts.CaseKind kind, String caseId, String number, ComplaintFile complaint,
            CaseFile request) {
    }

    private final Messaging messaging;
    private final WhatsAppContacts contacts;
    private final CitizenCase citizenCase;
    private final OfficeDates dates;
    private final Clock clock;

    CitizenCases(Messaging messaging, WhatsAppContacts contacts, CitizenCase citizenCase, OfficeDates dates,
            Clock clock) {
        this.messaging = messaging;
        this.contacts = contacts;
        this.citizenCase = citizenCase;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * The case {@code reference} names: a row the citizen tapped ({@code CASE:<id>}) or a number, among their own
     * linked cases; or a tracking code, which then links the case to them. {@code preferred} decides when one
     * tracking code opens both a complaint and the request it became.
     */
    Optional<Found> find(WhatsAppContacts.Contact contact, String choice, String text,
            WhatsAppContacts.CaseKind preferred) {
        for (WhatsAppContacts.CaseLink link : contact.cases()) {
            boolean tapped = choice != null && choice.equals("CASE:" + link.caseId());
            boolean typed = text != null && link.number() != null && link.number().equalsIgnoreCase(text.strip());
            if (tapped || typed) {
                return load(link.kind(), link.caseId());
            }
        }
        Optional<TrackingCode> code = text == null ? Optional.empty() : TrackingCode.parse(text.strip());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Found> complaint = messaging.query(new FindComplaintByTrackingCode(code.get().hash()),
                        ResponseTypes.optionalInstanceOf(ComplaintFile.class)).block()
                .map(file -> new Found(WhatsAppContacts.CaseKind.PENGADUAN, file.complaintId(), file.number(), file,
                        null));
        Optional<Found> request = messaging.query(new FindRequestStatus(code.get().hash()),
                        ResponseTypes.optionalInstanceOf(RequestStatus.class)).block()
                .flatMap(status -> load(WhatsAppContacts.CaseKind.PERMOHONAN, status.requestId()));
        Optional<Found> found = preferred == WhatsAppContacts.CaseKind.PERMOHONAN || complaint.isEmpty()
                || complaint.get().complaint().status() == ComplaintStatus.DIALIHKAN_KE_PPID && request.isPresent()
                ? request.or(() -> complaint) : complaint;
        found.ifPresent(it -> {
            contacts.link(contact.key(), it.caseId(), it.kind(), clock.instant());
            contacts.numbered(contact.key(), it.caseId(), it.number());
        });
        return found;
    }

    /** The contact's linked cases that {@code wanted} accepts, newest first, at most ten (one list). */
    List<Found> linked(WhatsAppContacts.Contact contact, Predicate<Found> wanted) {
        List<Found> found = new ArrayList<>();
        List<WhatsAppContacts.CaseLink> links = new ArrayList<>(contact.cases());
        Collections.reverse(links);
        for (WhatsAppContacts.CaseLink link : links) {
            load(link.kind(), link.caseId()).filter(wanted).ifPresent(found::add);
            if (found.size() == 10) {
                break;
            }
        }
        return found;
    }

    Optional<Found> load(WhatsAppContacts.CaseKind kind, String caseId) {
        return kind == WhatsAppContacts.CaseKind.PENGADUAN ? complaint(caseId, file -> true)
                .map(file -> new Found(kind, caseId, file.number(), file, null))
                : request(caseId, file -> true).map(file -> new Found(kind, caseId, file.registrationNumber(),
                null, file));
    }

    /** The complaint's file, once the read model shows what {@code projected} expects (the act just done). */
    Optional<ComplaintFile> complaint(String complaintId, Predicate<ComplaintFile> projected) {
        return UntilProjected.once(() -> messaging.query(new FindComplaint(ComplaintId.of(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)), projected).block();
    }

    /** The request's file, once the read model shows what {@code projected} expects (the act just done). */
    Optional<CaseFile> request(String requestId, Predicate<CaseFile> projected) {
        return UntilProjected.once(() -> messaging.query(new FindCaseFile(InformationRequestId.of(requestId)),
                ResponseTypes.optionalInstanceOf(CaseFile.class)), projected).block();
    }

    /** The question waiting for the citizen's answer, or {@code null}. */
    static String openQuestion(Found found) {
        if (found.complaint() != null) {
            return found.complaint().pendingQuestion() == null ? null : found.complaint().pendingQuestion().question();
        }
        return found.request().clarification() == null ? null : found.request().clarification().question();
    }

    static boolean awaitsVerdict(Found found) {
        return found.complaint() != null && found.complaint().status() == ComplaintStatus.DITANGGAPI;
    }

    Map<ObjectionGround, LocalDate> openGrounds(CaseFile file) {
        return citizenCase.openGrounds(file);
    }

    String date(LocalDate day, Locale locale) {
        return dates.date(day, locale);
    }

    /** A few lines on where the case stands and what the citizen may do now. */
    String describe(Found found, Words words) {
        StringBuilder text = new StringBuilder();
        if (found.complaint() != null) {
            ComplaintFile file = found.complaint();
            text.append(words.t("wa.status.head", file.number(), words.t("ComplaintStatus." + file.status().name())))
                    .append('\n').append(file.subject());
            if (file.pendingQuestion() != null) {
                text.append("\n\n").append(words.t("wa.status.question", file.pendingQuestion().question()));
            }
            if (file.status() == ComplaintStatus.DITANGGAPI && file.answer() != null) {
                text.append("\n\n").append(words.t("wa.status.answer", file.answer().text()));
            }
            return text.toString();
        }
        CaseFile file = found.request();
        text.append(words.t("wa.status.head", file.registrationNumber(),
                words.t("InformationRequestStatus." + file.status().name())));
        if (file.clarification() != null) {
            text.append("\n\n").append(words.t("wa.status.clarification", file.clarification().question()));
        } else if (file.notice() == null && CitizenCase.CLOCK_RUNNING.contains(file.status())) {
            text.append("\n\n").append(words.t("wa.status.noticeDue",
                    dates.date(file.noticeDeadline().dueDate(), words.locale())));
        }
        citizenCase.openGrounds(file).values().stream().max(LocalDate::compareTo).ifPresent(lastDay ->
                text.append("\n\n").append(words.t("wa.status.objectionOpen", dates.date(lastDay, words.locale()))));
        return text.toString();
    }
}
