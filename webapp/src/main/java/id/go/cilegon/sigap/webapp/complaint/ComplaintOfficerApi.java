package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.personaldata.Masked;
import id.go.cilegon.sigap.webapp.personaldata.RevealForm;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Problems;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officer's complaint page as JSON: the complaint with its timeline and the actions offered, and each action
 * by the same form the page posts. Refusals are problem details: 400 naming the field, 403 for another role's
 * action or a unit's action on a complaint that unit does not have, 404 for a complaint the officer may not open,
 * 409 naming the rule that refused it; nothing is stored with any of them.
 */
@RestController
@RequestMapping(path = "/api/v1/petugas/pengaduan/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintOfficerApi {

    private final OfficerComplaints complaints;
    private final FieldMessages messages;
    private final Units units;
    private final AccessLog accessLog;

    ComplaintOfficerApi(OfficerComplaints complaints, FieldMessages messages, Units units, AccessLog accessLog) {
        this.complaints = complaints;
        this.accessLog = accessLog;
        this.messages = messages;
        this.units = units;
    }

    /**
     * @param pengadu  the complainant, or null when anonymous, erased, or rahasia and the officer is not handling it
     * @param tindakan the path segments of the actions the officer may take now
     */
    record ComplaintResponse(String id, String nomor, ComplaintStatus status, String judul, String uraian,
            Complainant pengadu, boolean rahasia, List<Attachment> lampiran, List<ComplaintFile.Disposition> disposisi,
            ComplaintFile.Answer jawaban, List<TimelineEntry> riwayat, List<String> tindakan, long urutan) {
    }

    /** The complaint with the complainant's NIK, phone and e-mail masked; the read is recorded. */
    @GetMapping
    Mono<ComplaintResponse> complaint(@PathVariable("id") String id, ServerWebExchange exchange) {
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer).flatMap(file -> {
            Complainant shown = ComplaintAction.seesIdentity(officer, file) ? file.complainant() : null;
            return logged(file, shown, officer, AccessLog.Action.LIHAT_BERKAS, null)
                    .then(complaints.timeline(file)).map(timeline -> new ComplaintResponse(file.complaintId(),
                            file.number(), file.status(), file.subject(), file.description(), Masked.complainant(shown),
                            file.confidential(), file.attachments(), file.dispositions(), file.answer(), timeline,
                            ComplaintAction.offeredTo(officer, file).stream().map(ComplaintAction::path).toList(),
                            file.lastSequence()));
        }));
    }

    /** @param pengadu {@code null} when anonymous or erased */
    record Revealed(Complainant pengadu) {
    }

    /**
     * The whole NIK, phone and e-mail, for a reason that is recorded before they are sent; a rahasia complaint's
     * only to its handlers (403 for others).
     */
    @PostMapping(path = "/data-pribadi", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Revealed> reveal(@PathVariable("id") String id, @Valid @RequestBody Mono<RevealForm> form,
            ServerWebExchange exchange) {
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer)
                .filter(file -> ComplaintAction.seesIdentity(officer, file))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .flatMap(file -> form.flatMap(reason -> logged(file, file.complainant(), officer,
                        AccessLog.Action.BUKA_DATA, reason.reason()).thenReturn(new Revealed(file.complainant())))));
    }

    private Mono<Void> logged(ComplaintFile file, Complainant shown, Officer officer, AccessLog.Action action,
            String reason) {
        return shown == null ? Mono.empty() : accessLog.record(officer.username(), action,
                PersonInCase.CaseKind.PENGADUAN, file.complaintId(), file.number(), reason);
    }

    /** @param urutan the sequence number of the last event on the complaint, after the action */
    record Done(ComplaintStatus status, long urutan) {
    }

    @PostMapping(path = "/{aksi}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> act(@PathVariable("id") String id, @PathVariable("aksi") String aksi,
            @Valid @RequestBody ComplaintActionForm form, ServerWebExchange exchange) {
        ComplaintAction action = ComplaintAction.byPath(aksi)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = exchange.getLocaleContext().getLocale();
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        form.check(action, units.active().stream().map(Units.Unit::code).collect(Collectors.toSet()), errors);
        if (errors.hasErrors()) {
            return Mono.just(Problems.invalidFields(messages.text("problem.invalid-fields.title", locale),
                    messages.text("problem.invalid-fields.detail", locale), messages.invalidFields(errors, locale)));
        }
        return complaints.officer(exchange).flatMap(officer -> complaints.act(id, action, form, officer))
                .map(file -> ResponseEntity.ok(new Done(file.status(), file.lastSequence())));
    }
}
