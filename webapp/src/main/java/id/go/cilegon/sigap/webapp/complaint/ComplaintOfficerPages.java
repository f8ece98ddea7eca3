package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.ComplaintProjection;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.ComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.ListComplaintQueue;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import id.go.cilegon.sigap.query.complaint.api.SimilarComplaint;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.personaldata.Masked;
import id.go.cilegon.sigap.webapp.personaldata.PersonalDataView;
import id.go.cilegon.sigap.webapp.personaldata.RevealForm;
import id.go.cilegon.sigap.webapp.personaldata.RevealPage;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.NotInFuture;
import id.go.cilegon.sigap.webapp.shared.Paging;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The officers' complaint pages: the queue (the desk's verification queue, or a unit's own complaints), the case
 * page with its clocks, the whole timeline, candidate duplicates and a form for each action the officer may take
 * now, and the desk's form for complaints made by phone, in person, by letter or on social media.
 */
@Controller
class ComplaintOfficerPages {

    static final List<Channel> DESK_CHANNELS =
            List.of(Channel.TELEPON, Channel.DATANG_LANGSUNG, Channel.SURAT, Channel.EMAIL, Channel.MEDIA_SOSIAL);

    private final OfficerComplaints complaints;
    private final ComplaintWords words;
    private final FieldMessages messages;
    private final Messaging messaging;
    private final Units units;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;
    private final ComplaintReception reception;
    private final Wilayah wilayah;
    private final ComplaintAttachments attachments;
    private final AccessLog accessLog;
    private final RevealPage revealPage;
    private final ReadModelVersions versions;
    /**
     * The queue pages last read, while the complaints' read models stand still (ADR 0028): officers keep the queue open
     * and come back to it, and a page is found by reading every open complaint in the embedded store.
     */
    private final ReadModelVersions.Cache<ListComplaintQueue, ComplaintQueue> queues = new ReadModelVersions.Cache<>(64);

    ComplaintOfficerPages(OfficerComplaints complaints, ComplaintWords words, FieldMessages messages,
            Messaging messaging, Units units, WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency,
            ComplaintReception reception, Wilayah wilayah, ComplaintAttachments attachments, AccessLog accessLog,
            RevealPage revealPage, ReadModelVersions versions) {
        this.attachments = attachments;
        this.accessLog = accessLog;
        this.revealPage = revealPage;
        this.reception = reception;
        this.wilayah = wilayah;
        this.complaints = complaints;
        this.words = words;
        this.messages = messages;
        this.messaging = messaging;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
        this.versions = versions;
    }

    /**
     * The queue. The desk sees complaints waiting for verification or disposition by default, a unit's officer the
     * complaints their unit has now; {@code status} narrows either, {@code nomor} finds one complaint by its number
     * (then every open status is searched). Fifty to a page ({@code halaman}).
     */
    @GetMapping("/petugas/pengaduan")
    Mono<String> queue(@RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "nomor", required = false) String nomor,
            @RequestParam(name = "halaman", required = false) String halaman, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        int page = Paging.number(halaman);
        String number = FilterParameters.number(nomor);
        return complaints.officer(exchange).flatMap(officer -> {
            boolean unitView = !officer.has(OfficerRole.PETUGAS_PPID) && officer.has(OfficerRole.PPID_PELAKSANA);
            if (unitView && officer.unit() == null) {
                return Mono.fromCallable(() -> showQueue(new ComplaintQueue(List.of(), 0), page, officer, status,
                        number, unitView, model, exchange, locale)).subscribeOn(Schedulers.boundedElastic());
            }
            Set<ComplaintStatus> statuses = parseStatus(status)
                    .map(chosen -> (Set<ComplaintStatus>) EnumSet.of(chosen))
                    .orElse(unitView || status != null || number != null ? Set.of()
                            : EnumSet.of(ComplaintStatus.DITERIMA, ComplaintStatus.DITUNDA,
                                    ComplaintStatus.TERVERIFIKASI));
            ListComplaintQueue query = new ListComplaintQueue(statuses, number, unitView ? officer.unit() : null,
                    Paging.offset(page, Paging.OFFICER_PAGE), Paging.OFFICER_PAGE);
            return queues.get(query, versions.of(List.of(ComplaintProjection.PROCESSING_GROUP)),
                            () -> messaging.query(query, ResponseTypes.instanceOf(ComplaintQueue.class)))
                    .publishOn(Schedulers.boundedElastic())
                    .map(queue -> showQueue(queue, page, officer, status, number, unitView, model, exchange, locale));
        });
    }

    private String showQueue(ComplaintQueue queue, int page, Officer officer, String status, String number,
            boolean unitView, Model model, ServerWebExchange exchange, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        Units.Names unitNames = words.unitNames();
        model.addAttribute("rows", queue.items().stream().map(item -> QueueRow.of(item, today, calendar, urgency,
                words, unitNames, locale)).toList());
        model.addAttribute("paging", Paging.of(page, Paging.OFFICER_PAGE, queue.total(),
                exchange.getRequest().getURI()));
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("status", parseStatus(status).map(Enum::name).orElse(""));
        model.addAttribute("number", number == null ? "" : number);
        model.addAttribute("unitView", unitView);
        model.addAttribute("unitName", officer.unit() == null ? null : words.unitName(officer.unit().value()));
        return "petugas/pengaduan-antrian";
    }

    /** One queue row in words, with how many hari kerja are left on its next clock. */
    record QueueRow(String id, String number, String status, String category, String place, String subject,
            boolean confidential, String units, String nextDue, String dueKind, Integer daysLeft, String urgency,
            boolean breached) {

        static QueueRow of(QueueItem item, LocalDate today, WorkingDayCalendar calendar, Urgency.Ranking ranking,
                ComplaintWords words, Units.Names unitNames, Locale locale) {
            Integer left = item.nextDue() == null ? null : calendar.workingDaysUntil(today, item.nextDue());
            return new QueueRow(item.complaintId(), item.number(),
                    words.text("ComplaintStatus." + item.status().name(), locale),
                    words.text("ComplaintCategory." + item.category().name(), locale),
                    item.kelurahan() + ", " + item.kecamatan(), item.subject(), item.confidential(),
                    ComplaintWords.unitNames(item.units(), unitNames),
                    item.nextDue() == null ? null : words.date(item.nextDue(), locale),
                    item.nextDueKind() == null ? null : words.text("DueKind." + item.nextDueKind().name(), locale),
                    left, left == null ? null : ranking.of(left).name(), item.breached());
        }
    }

    private static Optional<ComplaintStatus> parseStatus(String status) {
        return Arrays.stream(ComplaintStatus.values()).filter(value -> value.name().equals(status))
                .findFirst();
    }

    @GetMapping("/petugas/pengaduan/{id}")
    Mono<String> page(@PathVariable("id") String id, @RequestParam(name = "berhasil", required = false) String done,
            Model model, ServerWebExchange exchange) {
        ComplaintAction.byPath(done == null ? "" : done).ifPresent(action -> model.addAttribute("done", action.path()));
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer)
                .flatMap(file -> show(file, officer, model, exchange, null, null)));
    }

    /**
     * The complainant's data, masked, with a form asking why the whole of it is needed; only for those who may see
     * the identity (a rahasia complaint's handlers).
     */
    @GetMapping("/petugas/pengaduan/{id}/data-pribadi")
    Mono<String> personalData(@PathVariable("id") String id, Model model, ServerWebExchange exchange) {
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer)
                .filter(file -> ComplaintAction.seesIdentity(officer, file))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .flatMap(file -> revealPage.ask(revealed(file), PersonalDataView.of(file.complainant(), false),
                        model)));
    }

    @PostMapping("/petugas/pengaduan/{id}/data-pribadi")
    Mono<String> revealPersonalData(@PathVariable("id") String id,
            @Valid @ModelAttribute("revealForm") RevealForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer)
                .filter(file -> ComplaintAction.seesIdentity(officer, file))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .flatMap(file -> revealPage.reveal(revealed(file), PersonalDataView.of(file.complainant(), false),
                        PersonalDataView.of(file.complainant(), true), officer, form, errors, model, exchange)));
    }

    private static RevealPage.Case revealed(ComplaintFile file) {
        return new RevealPage.Case(PersonInCase.CaseKind.PENGADUAN, file.complaintId(), file.number(),
                "/petugas/pengaduan/" + file.complaintId());
    }

    /** An attachment of a complaint the officer may open. */
    @GetMapping("/petugas/pengaduan/{id}/lampiran/{lampiran}")
    Mono<ResponseEntity<byte[]>> attachment(@PathVariable("id") String id,
            @PathVariable("lampiran") String lampiran, ServerWebExchange exchange) {
        return complaints.officer(exchange).flatMap(officer -> complaints.file(id, officer))
                .flatMap(file -> attachments.serve(file, lampiran));
    }

    @PostMapping("/petugas/pengaduan/{id}/{aksi}")
    Mono<String> act(@PathVariable("id") String id, @PathVariable("aksi") String aksi,
            @Valid @ModelAttribute("actionForm") ComplaintActionForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        ComplaintAction action = ComplaintAction.byPath(aksi)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = exchange.getLocaleContext().getLocale();
        return complaints.officer(exchange).flatMap(officer -> {
            form.check(action, activeUnitCodes(), errors);
            if (errors.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("errors", messages.byField(errors, locale));
                return complaints.file(id, officer).flatMap(file -> show(file, officer, model, exchange, null,
                        action));
            }
            return complaints.act(id, action, form, officer)
                    .map(file -> "redirect:/petugas/pengaduan/" + file.complaintId() + "?berhasil=" + action.path())
                    .onErrorResume(RuleViolation.class, refused -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return complaints.file(id, officer).flatMap(file -> show(file, officer, model, exchange,
                                messages.text("rule." + refused.code(), locale), action));
                    });
        });
    }

    private Set<String> activeUnitCodes() {
        return units.active().stream().map(Units.Unit::code).collect(Collectors.toSet());
    }

    private Mono<String> show(ComplaintFile file, Officer officer, Model model, ServerWebExchange exchange,
            String refusal, ComplaintAction failed) {
        Locale locale = exchange.getLocaleContext().getLocale();
        List<ComplaintAction> offered = ComplaintAction.offeredTo(officer, file);
        Mono<List<SimilarComplaint>> similar =
                offered.contains(ComplaintAction.GABUNG) ? complaints.similar(file) : Mono.just(List.of());
        boolean seesIdentity = ComplaintAction.seesIdentity(officer, file) && file.complainant() != null;
        Mono<Void> logged = seesIdentity ? accessLog.record(officer.username(), AccessLog.Action.LIHAT_BERKAS,
                PersonInCase.CaseKind.PENGADUAN, file.complaintId(), file.number(), null) : Mono.empty();
        return logged.then(Mono.zip(complaints.timeline(file), similar)).publishOn(Schedulers.boundedElastic())
                .map(found -> {
            model.addAttribute("file", file);
            model.addAttribute("identity", seesIdentity ? Masked.complainant(file.complainant()) : null);
            model.addAttribute("facts", facts(file, locale));
            model.addAttribute("dispositions", dispositions(file, locale));
            model.addAttribute("timeline", words.officerTimeline(found.getT1(), locale));
            model.addAttribute("similar", found.getT2());
            model.addAttribute("offered", offered.stream().map(Enum::name).collect(Collectors.toSet()));
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", failed == null ? null : failed.name());
            model.addAttribute("units", units.active());
            model.addAttribute("rejectionReasons", RejectionReason.values());
            model.addAttribute("obtainMethods", ObtainMethod.values());
            model.addAttribute("deliveryMethods", DeliveryMethod.values());
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", Map.of());
            }
            if (!model.containsAttribute("actionForm")) {
                model.addAttribute("actionForm", ComplaintActionForm.empty());
            }
            return "petugas/pengaduan-kasus";
        });
    }

    /** The complaint's clocks and facts in words. */
    private Map<String, Object> facts(ComplaintFile file, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("received", words.moment(file.receivedAt(), locale));
        facts.put("category", words.text("ComplaintCategory." + file.category().name(), locale));
        facts.put("status", words.text("ComplaintStatus." + file.status().name(), locale));
        facts.put("channel", words.text("Channel." + file.channel().name(), locale));
        facts.put("verificationDue", words.date(file.verificationDeadline().dueDate(), locale));
        facts.put("verificationExplanation", file.verificationDeadline().explain(locale));
        if (file.status() == ComplaintStatus.DITERIMA) {
            int left = calendar.workingDaysUntil(today, file.verificationDeadline().dueDate());
            facts.put("verificationDaysLeft", left);
            facts.put("verificationUrgency", urgency.of(left).name());
        }
        if (file.verifiedAt() != null) {
            facts.put("verifiedAt", words.moment(file.verifiedAt(), locale));
        }
        if (file.feedbackDeadline() != null) {
            facts.put("feedbackDue", words.date(file.feedbackDeadline().dueDate(), locale));
        }
        return facts;
    }

    /** One unit the complaint went to, in words. */
    record DispositionLine(String unit, String state, String disposedAt, String followUpDue, boolean followedUp,
            boolean missed, Integer daysLeft, String urgency, String instruction, String returnReason) {
    }

    private List<DispositionLine> dispositions(ComplaintFile file, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        List<DispositionLine> lines = new ArrayList<>();
        for (ComplaintFile.Disposition disposition : file.dispositions()) {
            boolean running = disposition.active() && !disposition.followedUp()
                    && (file.status() == ComplaintStatus.DIDISPOSISI
                            || file.status() == ComplaintStatus.DITINDAKLANJUTI);
            Integer left = running ? calendar.workingDaysUntil(today, disposition.followUpDeadline().dueDate()) : null;
            lines.add(new DispositionLine(words.unitName(disposition.unit().value()),
                    words.text("DispositionState." + disposition.state().name(), locale),
                    words.moment(disposition.disposedAt(), locale),
                    words.date(disposition.followUpDeadline().dueDate(), locale), disposition.followedUp(),
                    disposition.deadlineMissed(), left, left == null ? null : urgency.of(left).name(),
                    disposition.instruction(), disposition.returnReason()));
        }
        return lines;
    }

    // ------------------------------------------------------------------------------------------------ the desk

    /** What only the desk knows about a complaint it records: how and when it came in. */
    record DeskFields(
            @NotBlank
            @Pattern(regexp = "TELEPON|DATANG_LANGSUNG|SURAT|EMAIL|MEDIA_SOSIAL")
            String saluran,
            @NotBlank
            @Pattern(regexp = "|" + NotInFuture.LOCAL_DATE_TIME)
            @NotInFuture String diterimaPada) {
    }

    @GetMapping("/petugas/pengaduan/baru")
    Mono<String> deskForm(Model model, ServerWebExchange exchange) {
        return complaints.officer(exchange).filter(officer -> officer.has(OfficerRole.PETUGAS_PPID))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .map(officer -> showDeskForm(model, ComplaintForm.empty(), new DeskFields(Channel.TELEPON.name(), ""),
                        Map.of()));
    }

    @PostMapping("/petugas/pengaduan/baru")
    Mono<String> deskSubmit(@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors,
            @Valid @ModelAttribute("deskForm") DeskFields desk, BindingResult deskErrors, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return complaints.officer(exchange).filter(officer -> officer.has(OfficerRole.PETUGAS_PPID))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
                .flatMap(officer -> {
                    if (deskErrors.hasErrors()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        Map<String, List<String>> all = new LinkedHashMap<>(messages.byField(deskErrors, locale));
                        all.putAll(messages.byField(errors, locale));
                        return Mono.just(showDeskForm(model, form, desk, all));
                    }
                    return reception.receiveAtDesk(form, errors, exchange, locale, Channel.valueOf(desk.saluran()),
                                    LocalDateTime.parse(desk.diterimaPada().strip()).atZone(calendar.zone())
                                            .toInstant(), officer.id())
                            .map(received -> received.fold(
                                    receipt -> "redirect:/petugas/pengaduan/tanda-terima/"
                                            + receipt.trackingCode().value(),
                                    invalid -> {
                                        exchange.getResponse().setStatusCode(invalid.status());
                                        return showDeskForm(model, form, desk, invalid.byField());
                                    }));
                });
    }

    /** What the desk hands the complainant: the number and the tracking code, shown once. */
    @GetMapping("/petugas/pengaduan/tanda-terima/{kode}")
    Mono<String> receipt(@PathVariable("kode") String kode, Model model, ServerWebExchange exchange) {
        TrackingCode code = TrackingCode.parse(kode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return complaints.officer(exchange).flatMap(officer -> complaints.byCode(code))
                .map(file -> {
                    model.addAttribute("file", file);
                    model.addAttribute("trackingCode", code.display());
                    model.addAttribute("statusPath", "/pengaduan/status/" + code.value());
                    return "petugas/pengaduan-tanda-terima";
                });
    }

    private String showDeskForm(Model model, ComplaintForm form, DeskFields desk, Map<String, List<String>> errors) {
        model.addAttribute("kecamatanList", wilayah.kecamatan());
        model.addAttribute("form", form);
        model.addAttribute("deskForm", desk);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("channels", DESK_CHANNELS);
        model.addAttribute("action", "/petugas/pengaduan/baru");
        model.addAttribute("desk", true);
        return "pengaduan/formulir";
    }
}
