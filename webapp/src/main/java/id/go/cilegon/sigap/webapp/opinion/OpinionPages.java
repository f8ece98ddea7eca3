package id.go.cilegon.sigap.webapp.opinion;

import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.CorrectOpinion;
import id.go.cilegon.sigap.command.opinion.api.OpinionRules;
import id.go.cilegon.sigap.command.opinion.api.OpinionSignalId;
import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.opinion.OpinionProjection;
import id.go.cilegon.sigap.query.opinion.TopicTaxonomy;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionAlert;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionSignal;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionAlerts;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionCounts;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionSignals;
import id.go.cilegon.sigap.query.opinion.api.OpinionAlertView;
import id.go.cilegon.sigap.query.opinion.api.OpinionCount;
import id.go.cilegon.sigap.query.opinion.api.OpinionSignalView;
import id.go.cilegon.sigap.query.opinion.api.Topic;
import id.go.cilegon.sigap.webapp.complaint.Wilayah;
import id.go.cilegon.sigap.webapp.mediaissue.MediaIntake;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The public-opinion monitor (issue 6): the dashboard of opinion by day, sentiment, topic, kecamatan, channel and
 * unit, refreshed while open; the texts behind it with the officers' corrections; and the spike alerts, from which
 * a media issue opens in one step.
 */
@Controller
class OpinionPages {

    /** The periods the dashboard offers, in days. */
    static final List<Integer> PERIODS = List.of(7, 30, 90);
    static final int SIGNAL_LIMIT = 200;
    static final int EVIDENCE_IN_ISSUE = 3;

    private final Messaging messaging;
    private final OfficerAccounts accounts;
    private final TopicTaxonomy taxonomy;
    private final Wilayah wilayah;
    private final Units units;
    private final FieldMessages messages;
    private final MediaIntake intake;
    private final OfficeDates dates;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final String baseUrl;
    private final ReadModelVersions versions;
    /** The counters of each period the dashboard offers. */
    private final ReadModelVersions.Cache<ListOpinionCounts, List<OpinionCount>> countersOfPeriods =
            new ReadModelVersions.Cache<>(PERIODS.size());

    OpinionPages(Messaging messaging, OfficerAccounts accounts, TopicTaxonomy taxonomy, Wilayah wilayah, Units units,
            FieldMessages messages, MediaIntake intake, OfficeDates dates, WorkingDayCalendar calendar, Clock clock,
            @Value("${sigap.public-url:http://localhost:8080}") String baseUrl, ReadModelVersions versions) {
        this.messaging = messaging;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.wilayah = wilayah;
        this.units = units;
        this.messages = messages;
        this.intake = intake;
        this.dates = dates;
        this.calendar = calendar;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.versions = versions;
    }

    // --------------------------------------------------------------------------------------------- dashboard

    /** What the dashboard shows: the period and the filters, each checked. */
    record Choice(int days, String topic, String kecamatan, String channel, SignalSource source) {

        OpinionFigures.Filter filter() {
            return new OpinionFigures.Filter(topic, kecamatan, channel, source);
        }

        String query() {
            return UriComponentsBuilder.newInstance().queryParam("hari", days)
                    .queryParamIfPresent("topik", Optional.ofNullable(topic))
                    .queryParamIfPresent("kecamatan", Optional.ofNullable(kecamatan))
                    .queryParamIfPresent("kanal", Optional.ofNullable(channel))
                    .queryParamIfPresent("jenis", Optional.ofNullable(source))
                    .build().encode().getQuery();
        }
    }

    /** The dashboard's query parameters as given: {@code hari} 7, 30 or 90; the rest each one value or none. */
    record DashboardQuery(String hari, String topik, String kecamatan, String kanal, String jenis) {
    }

    @GetMapping("/petugas/opini")
    Mono<String> dashboard(@ModelAttribute DashboardQuery query, Model model, ServerWebExchange exchange) {
        Choice choice = choice(query);
        Locale locale = exchange.getLocaleContext().getLocale();
        return accounts.caseWorker(exchange).flatMap(officer -> panel(choice, locale, model).map(filled -> {
            model.addAttribute("periods", PERIODS);
            model.addAttribute("topics", taxonomy.all());
            model.addAttribute("kecamatanChoices", wilayah.kecamatan());
            model.addAttribute("channels", channels(locale));
            model.addAttribute("sources", SignalSource.values());
            model.addAttribute("panel", "/petugas/opini/panel?" + choice.query());
            model.addAttribute("mayAct", mayAct(officer));
            return "petugas/opini";
        }));
    }

    /** The dashboard's figures alone, for its refresh every minute while it is open. */
    @GetMapping("/petugas/opini/panel")
    Mono<String> panel(@ModelAttribute DashboardQuery query, Model model, ServerWebExchange exchange) {
        return panel(choice(query), exchange.getLocaleContext().getLocale(), model)
                .thenReturn("petugas/opini :: panel");
    }

    /** The same figures as data. */
    @GetMapping(path = "/petugas/opini.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<OpinionFigures.Dashboard> json(@ModelAttribute DashboardQuery query, ServerWebExchange exchange) {
        return figures(choice(query), exchange.getLocaleContext().getLocale());
    }

    /** What the panel shows: the figures, the recent alerts and the choice they answer. */
    private Mono<Model> panel(Choice choice, Locale locale, Model model) {
        return figures(choice, locale).zipWith(alerts(today().minusDays(13), locale)).map(found -> {
            model.addAttribute("d", found.getT1());
            model.addAttribute("alerts", found.getT2());
            model.addAttribute("choice", choice);
            return model;
        });
    }

    private Choice choice(DashboardQuery query) {
        String period = FilterParameters.text(query.hari());
        int days = period == null ? 30 : PERIODS.stream().filter(option -> String.valueOf(option).equals(period))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "hari"));
        return new Choice(days, topic(query.topik(), "topik"), kecamatan(query.kecamatan(), "kecamatan"),
                channel(query.kanal()), FilterParameters.choice(SignalSource.class, query.jenis(), "jenis"));
    }

    private Mono<OpinionFigures.Dashboard> figures(Choice choice, Locale locale) {
        LocalDate to = today();
        LocalDate from = to.minusDays(2L * Math.max(choice.days(), 7) - 1);
        Map<String, String> channelNames = channels(locale);
        return counts(new ListOpinionCounts(from, to))
                .publishOn(Schedulers.boundedElastic())
                .map(counts -> OpinionFigures.of(counts, choice.filter(), to, choice.days(),
                        wilayah.kecamatan().stream().map(Wilayah.Kecamatan::name).toList(), code -> topicName(code, locale),
                        channel -> channelNames.getOrDefault(channel, channel), units.names()::of));
    }

    /**
     * The days' counters, kept while the opinion monitor's read model stands still (ADR 0028): the dashboard refreshes
     * every minute on every supervisor's screen, and the counters of ninety days are many.
     */
    private Mono<List<OpinionCount>> counts(ListOpinionCounts days) {
        return countersOfPeriods.get(days, versions.of(List.of(OpinionProjection.PROCESSING_GROUP)),
                () -> messaging.query(days, ResponseTypes.multipleInstancesOf(OpinionCount.class)));
    }

    // ------------------------------------------------------------------------------------------------- texts

    @GetMapping("/petugas/opini/sinyal")
    Mono<String> signals(@RequestParam(name = "dari", required = false) String dari,
            @RequestParam(name = "sampai", required = false) String sampai,
            @RequestParam(name = "topik", required = false) String topik,
            @RequestParam(name = "kecamatan", required = false) String kecamatan,
            @RequestParam(name = "sentimen", required = false) String sentimen,
            @RequestParam(name = "berhasil", required = false) String done, Model model,
            ServerWebExchange exchange) {
        LocalDate to = date(sampai, "sampai", today());
        LocalDate from = date(dari, "dari", to.minusDays(6));
        if (from.isAfter(to) || from.isBefore(to.minusDays(366))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dari");
        }
        ListOpinionSignals query = new ListOpinionSignals(from, to, topic(topik, "topik"),
                kecamatan(kecamatan, "kecamatan"), FilterParameters.choice(Sentiment.class, sentimen, "sentimen"),
                SIGNAL_LIMIT);
        if ("koreksi".equals(done) || "tetap".equals(done)) {
            model.addAttribute("done", done);
        }
        return accounts.caseWorker(exchange).flatMap(officer -> showSignals(query, officer, model, Map.of(), null,
                exchange));
    }

    private Mono<String> showSignals(ListOpinionSignals query, Officer officer, Model model,
            Map<String, List<String>> errors, String failed, ServerWebExchange exchange) {
        return messaging.query(query, ResponseTypes.multipleInstancesOf(OpinionSignalView.class)).map(found -> {
            model.addAttribute("signals", found);
            model.addAttribute("query", query);
            model.addAttribute("self", UriComponentsBuilder.fromPath("/petugas/opini/sinyal")
                    .queryParam("dari", query.from()).queryParam("sampai", query.to())
                    .queryParamIfPresent("topik", Optional.ofNullable(query.topic()))
                    .queryParamIfPresent("kecamatan", Optional.ofNullable(query.kecamatan()))
                    .queryParamIfPresent("sentimen", Optional.ofNullable(query.sentiment()))
                    .build().encode().toUriString());
            model.addAttribute("topics", taxonomy.all());
            model.addAttribute("kecamatanChoices", wilayah.kecamatan());
            model.addAttribute("sentiments", Sentiment.values());
            model.addAttribute("channels", channels(exchange.getLocaleContext().getLocale()));
            model.addAttribute("limit", SIGNAL_LIMIT);
            model.addAttribute("mayAct", mayAct(officer));
            model.addAttribute("errors", errors);
            model.addAttribute("failed", failed);
            return "petugas/opini-sinyal";
        });
    }

    @PostMapping("/petugas/opini/sinyal/{caseId}/koreksi")
    Mono<String> correct(@PathVariable("caseId") String caseId, @Valid @ModelAttribute("form") CorrectionForm form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return accounts.caseWorker(exchange).flatMap(officer -> messaging.query(new FindOpinionSignal(caseId),
                        ResponseTypes.optionalInstanceOf(OpinionSignalView.class))
                .map(found -> found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .flatMap(signal -> {
                    if (!errors.hasFieldErrors("topik") && taxonomy.find(form.topik()).isEmpty()
                            && !Topic.OTHER.equals(form.topik())) {
                        FieldMessages.reject(errors, "topik", "opinion.topic.unknown");
                    }
                    String back = form.kembali() == null || form.kembali().isBlank() || errors.hasFieldErrors(
                            "kembali") ? "/petugas/opini/sinyal?dari=" + signal.day() + "&sampai=" + signal.day()
                            : form.kembali();
                    if (errors.hasErrors()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return showSignals(new ListOpinionSignals(signal.day(), signal.day(), null, null, null,
                                SIGNAL_LIMIT), officer, model, messages.byField(errors, locale), caseId, exchange);
                    }
                    return messaging.send(new CorrectOpinion(OpinionSignalId.forCase(caseId), signal.source(),
                                    caseId, form.topik(), Sentiment.valueOf(form.sentimen()), form.alasan(),
                                    officer.id()))
                            .thenReturn(redirect(back, "koreksi", caseId))
                            .onErrorResume(RuleViolation.class, refusal -> refusal.code().equals(OpinionRules.UNCHANGED)
                                    ? Mono.just(redirect(back, "tetap", caseId)) : Mono.error(refusal));
                }));
    }

    private static String redirect(String back, String done, String caseId) {
        return "redirect:" + back + (back.contains("?") ? "&" : "?") + "berhasil=" + done + "#s-" + caseId;
    }

    // ------------------------------------------------------------------------------------------------ alerts

    @GetMapping("/petugas/opini/peringatan")
    Mono<String> alertList(Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).flatMap(officer -> alerts(today().minusDays(89),
                exchange.getLocaleContext().getLocale()).map(found -> {
            model.addAttribute("alerts", found);
            return "petugas/opini-peringatan-daftar";
        }));
    }

    @GetMapping("/petugas/opini/peringatan/{id}")
    Mono<String> alert(@PathVariable("id") String id, Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).flatMap(officer -> findAlert(id).flatMap(alert ->
                evidence(alert).map(signals -> {
                    model.addAttribute("alert", alert);
                    model.addAttribute("label", alertLabel(alert, exchange.getLocaleContext().getLocale()));
                    model.addAttribute("signals", signals);
                    model.addAttribute("channels", channels(exchange.getLocaleContext().getLocale()));
                    model.addAttribute("mayAct", mayAct(officer));
                    return "petugas/opini-peringatan";
                })));
    }

    /**
     * Opens a media issue from the alert, or goes to the one already opened. The issue's address is the alert's
     * page, so two officers pressing at once get one issue ({@code MediaIssueId.forUrl}).
     */
    @PostMapping("/petugas/opini/peringatan/{id}/jadikan-isu")
    Mono<String> openIssue(@PathVariable("id") String id, ServerWebExchange exchange) {
        Locale indonesian = Locale.forLanguageTag("id");
        return accounts.caseWorker(exchange).flatMap(officer -> findAlert(id).flatMap(alert -> {
            if (alert.mediaIssueId() != null) {
                return Mono.just("redirect:/petugas/isu/" + alert.mediaIssueId());
            }
            return evidence(alert).publishOn(Schedulers.boundedElastic()).flatMap(signals -> {
                String examples = signals.stream().limit(EVIDENCE_IN_ISSUE)
                        .map(signal -> signal.number() + ": " + signal.excerpt()).collect(Collectors.joining("; "));
                String excerpt = messages.text("opinion.issue.excerpt", indonesian, alert.negative(),
                        dates.date(alert.day(), indonesian), alert.baselinePerDay(), examples);
                MediaSource source = new MediaSource(MediaKind.KANAL_LAYANAN,
                        messages.text("opinion.issue.outlet", indonesian), baseUrl + "/petugas/opini/peringatan/" + id,
                        messages.text("opinion.issue.title", indonesian, alertLabel(alert, indonesian),
                                dates.date(alert.day(), indonesian)),
                        excerpt.length() > 1000 ? excerpt.substring(0, 999) + "…" : excerpt,
                        alert.raisedAt() != null ? alert.raisedAt() : clock.instant(), alert.negative());
                MediaIntake.Outcome outcome = intake.log(source, IssueOrigin.PEMANTAU_OPINI, id, officer.id());
                // The issue's page reads the read model: wait (briefly) until it has the new issue.
                return UntilProjected.once(() -> messaging.query(new FindMediaIssue(outcome.mediaIssueId()),
                                ResponseTypes.optionalInstanceOf(MediaIssueFile.class)), file -> true)
                        .thenReturn("redirect:/petugas/isu/" + outcome.mediaIssueId() + "?berhasil="
                                + (outcome.logged() ? "catat" : "sudah-ada"));
            });
        }));
    }

    private Mono<OpinionAlertView> findAlert(String id) {
        return messaging.query(new FindOpinionAlert(id), ResponseTypes.optionalInstanceOf(OpinionAlertView.class))
                .map(found -> found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The negative texts of the alert's day and topic or kecamatan. */
    private Mono<List<OpinionSignalView>> evidence(OpinionAlertView alert) {
        boolean topic = alert.dimension() == AlertDimension.TOPIK;
        return messaging.query(new ListOpinionSignals(alert.day(), alert.day(), topic ? alert.value() : null,
                        topic ? null : alert.value(), Sentiment.NEGATIF, SIGNAL_LIMIT),
                ResponseTypes.multipleInstancesOf(OpinionSignalView.class));
    }

    /** An alert with what it is about, by name. */
    record AlertRow(OpinionAlertView alert, String label) {
    }

    private Mono<List<AlertRow>> alerts(LocalDate from, Locale locale) {
        return messaging.query(new ListOpinionAlerts(from, false),
                        ResponseTypes.multipleInstancesOf(OpinionAlertView.class))
                .map(found -> found.stream().map(alert -> new AlertRow(alert, alertLabel(alert, locale))).toList());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** An alert's topic by its name, or its kecamatan. */
    private String alertLabel(OpinionAlertView alert, Locale locale) {
        return alert.dimension() == AlertDimension.TOPIK ? topicName(alert.value(), locale) : alert.value();
    }

    private String topicName(String code, Locale locale) {
        return Topic.OTHER.equals(code) ? messages.text("opinion.topic.other", locale)
                : taxonomy.find(code).map(Topic::name).orElse(code);
    }

    private static boolean mayAct(Officer officer) {
        return Arrays.stream(OpinionAccess.ACTORS).anyMatch(role -> officer.roles().stream()
                .anyMatch(held -> held.name().equals(role)));
    }

    /** Every channel a text can come by, with its name: the cases' channels and the media's kinds. */
    private Map<String, String> channels(Locale locale) {
        return Stream.concat(Arrays.stream(Channel.values()).map(channel -> Map.entry(channel.name(),
                                messages.text("Channel." + channel.name(), locale))),
                        Arrays.stream(MediaKind.values()).filter(kind -> !Set.of(MediaKind.MEDIA_SOSIAL,
                                        MediaKind.KANAL_LAYANAN).contains(kind))
                                .map(kind -> Map.entry(kind.name(), messages.text("MediaKind." + kind.name(), locale))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }

    private String topic(String code, String parameter) {
        String chosen = FilterParameters.text(code);
        if (chosen != null && !Topic.OTHER.equals(chosen) && taxonomy.find(chosen).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter);
        }
        return chosen;
    }

    private String kecamatan(String name, String parameter) {
        String chosen = FilterParameters.text(name);
        if (chosen != null && !wilayah.isKecamatan(chosen)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter);
        }
        return chosen;
    }

    private String channel(String name) {
        String chosen = FilterParameters.text(name);
        if (chosen != null && Arrays.stream(Channel.values()).noneMatch(channel -> channel.name().equals(chosen))
                && Arrays.stream(MediaKind.values()).noneMatch(kind -> kind.name().equals(chosen))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kanal");
        }
        return chosen;
    }

    private static LocalDate date(String text, String parameter, LocalDate otherwise) {
        String given = FilterParameters.text(text);
        try {
            return given == null ? otherwise : LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
