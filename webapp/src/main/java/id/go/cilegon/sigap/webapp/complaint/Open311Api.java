package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.FeedComplaint;
import id.go.cilegon.sigap.query.complaint.api.ListFeedComplaints;
import id.go.cilegon.sigap.webapp.shared.InvalidField;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (wiki.open311.org) for complaints, so a partner's app or a civic-tech map can read the city's
 * public complaints and file new ones. Services are the complaint categories; a request is a complaint that is not
 * <i>rahasia</i>, identified by its number with dashes ({@code ADUAN-2026-000123}); its status is open or closed,
 * with Sigap's own status in the extension field {@code sigap_status}. Filing needs an {@code api_key} from
 * {@code sigap.open311.api-keys} and goes through the same form rules and command as the web form; the answer
 * carries the tracking link for the citizen. No name, NIK, phone, e-mail or address ever leaves through it.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

    private static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final String CHANGESET = "2026-11-23T00:00:00+07:00";
    private static final int SEARCH_DAYS = 90;
    private static final int SEARCH_LIMIT = 1000;
    /** Form fields of {@link ComplaintForm} by the Open311 parameter a client sends for them. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("judul", "attribute[judul]"),
            Map.entry("uraian", "description"), Map.entry("kategori", "service_code"),
            Map.entry("kecamatan", "attribute[kecamatan]"), Map.entry("kelurahan", "attribute[kelurahan]"),
            Map.entry("lintang", "lat"), Map.entry("bujur", "long"), Map.entry("nama", "first_name"),
            Map.entry("telepon", "phone"), Map.entry("email", "email"));

    private final ComplaintReception reception;
    private final ComplaintWords words;
    private final Messaging messaging;
    private final Wilayah wilayah;
    private final Validator validator;
    private final JsonMapper json;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final List<String> apiKeys;
    private final String contact;

    Open311Api(ComplaintReception reception, ComplaintWords words, Messaging messaging, Wilayah wilayah,
            Validator validator, JsonMapper json, WorkingDayCalendar calendar, Clock clock,
            @Value("${sigap.open311.api-keys:}") List<String> apiKeys,
            @Value("${sigap.open311.contact:PPID Kota Cilegon, Dinas Komunikasi, Informatika, Sandi dan Statistik}")
            String contact) {
        this.reception = reception;
        this.words = words;
        this.messaging = messaging;
        this.wilayah = wilayah;
        this.validator = validator;
        this.json = json;
        this.calendar = calendar;
        this.clock = clock;
        this.apiKeys = apiKeys.stream().map(String::strip).filter(key -> !key.isEmpty()).toList();
        this.contact = contact;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable("format") String format, ServerWebExchange exchange) {
        if (!Open311Format.known(format)) {
            return notFound(format);
        }
        String base = exchange.getRequest().getURI().resolve("/open311/v2").toString();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", base);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", contact);
        discovery.put("key_service", "Minta api_key kepada " + contact + ".");
        discovery.put("endpoints", List.of(endpoint));
        return Open311Format.object(format, "discovery", discovery, json);
    }

    @GetMapping("/services.{format}")
    Mono<ResponseEntity<String>> services(@PathVariable("format") String format) {
        if (!Open311Format.known(format)) {
            return Mono.just(notFound(format));
        }
        return Mono.fromCallable(() -> Open311Format.list(HttpStatus.OK, format, "services", "service",
                Arrays.stream(ComplaintCategory.values()).map(this::service).toList(), json));
    }

    private Map<String, Object> service(ComplaintCategory category) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.name());
        service.put("service_name", words.text("ComplaintCategory." + category.name(), Locale.ROOT));
        service.put("description", "Pengaduan masyarakat Kota Cilegon: "
                + words.text("ComplaintCategory." + category.name(), Locale.ROOT));
        service.put("metadata", true);
        service.put("type", "realtime");
        service.put("keywords", "pengaduan");
        service.put("group", "pengaduan");
        return service;
    }

    /** The extra fields every complaint needs: its place in Kota Cilegon, and optionally a short title. */
    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable("code") String code, @PathVariable("format") String format) {
        if (!Open311Format.known(format) || ComplaintForm.category(code).isEmpty()) {
            return notFound(format);
        }
        List<Map<String, Object>> kecamatan = wilayah.kecamatan().stream()
                .<Map<String, Object>>map(place -> new LinkedHashMap<>(Map.of("key", place.name(), "name",
                        place.name()))).toList();
        List<Map<String, Object>> kelurahan = wilayah.kecamatan().stream()
                .flatMap(place -> place.kelurahan().stream().<Map<String, Object>>map(ward -> new LinkedHashMap<>(
                        Map.of("key", ward, "name", ward + ", " + place.name()))))
                .toList();
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of(
                attribute("judul", "string", false, 1, "Judul singkat pengaduan (paling banyak 150 karakter)",
                        null),
                attribute("kecamatan", "singlevaluelist", true, 2, "Kecamatan di Kota Cilegon", kecamatan),
                attribute("kelurahan", "singlevaluelist", true, 3, "Kelurahan di kecamatan itu", kelurahan)));
        return Open311Format.object(format, "service_definition", definition, json);
    }

    private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
            String description, List<Map<String, Object>> values) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", code);
        attribute.put("datatype", datatype);
        attribute.put("required", required);
        attribute.put("datatype_description", description);
        attribute.put("order", order);
        attribute.put("description", description);
        attribute.put("values", values);
        return attribute;
    }

    /** Files a complaint: the same rules and command as the web form, the channel OPEN311. */
    @PostMapping("/requests.{format}")
    Mono<ResponseEntity<String>> file(@PathVariable("format") String format, ServerWebExchange exchange) {
        if (!Open311Format.known(format)) {
            return Mono.just(notFound(format));
        }
        return exchange.getFormData().flatMap(fields -> {
            if (!authorised(fields.getFirst("api_key"))) {
                return Mono.just(Open311Format.errors(HttpStatus.FORBIDDEN, format,
                        List.of("api_key: tidak dikenal"), json));
            }
            ComplaintForm form = form(fields);
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
            validator.validate(form, errors);
            return reception.receiveAtDesk(form, errors, exchange, Locale.ROOT, Channel.OPEN311, clock.instant(), null)
                    .map(received -> received.fold(
                            receipt -> Open311Format.list(HttpStatus.OK, format, "service_requests", "request",
                                    List.of(created(receipt, exchange)), json),
                            invalid -> Open311Format.errors(HttpStatus.BAD_REQUEST, format,
                                    invalid.invalidFields().stream().map(Open311Api::describe).toList(), json)));
        });
    }

    private boolean authorised(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        byte[] given = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return apiKeys.stream().anyMatch(known -> MessageDigest.isEqual(given,
                known.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static ComplaintForm form(MultiValueMap<String, String> fields) {
        String description = text(fields, "description");
        String title = text(fields, "attribute[judul]");
        if (title.isEmpty() && !description.isEmpty()) {
            title = description.length() <= 80 ? description : description.substring(0, 77).strip() + "...";
        }
        String name = (text(fields, "first_name") + " " + text(fields, "last_name")).strip();
        boolean anonymous = name.isEmpty() && text(fields, "phone").isEmpty() && text(fields, "email").isEmpty();
        return new ComplaintForm(title, description, text(fields, "service_code"), text(fields, "attribute[kecamatan]"),
                text(fields, "attribute[kelurahan]"), text(fields, "lat"), text(fields, "long"),
                anonymous ? "true" : "", "", name, "", text(fields, "phone"), text(fields, "email"), "");
    }

    private static String text(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static String describe(InvalidField field) {
        return PARAMETERS.getOrDefault(field.field(), field.field()) + ": " + field.detail();
    }

    private Map<String, Object> created(ComplaintIntake.Receipt receipt, ServerWebExchange exchange) {
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", requestId(receipt.number().value()));
        created.put("service_notice", "Pengaduan " + receipt.number().value() + " diterima dan diverifikasi "
                + "paling lambat 3 hari kerja. Pengadu dapat mengikutinya di "
                + exchange.getRequest().getURI().resolve("/pengaduan/status/" + receipt.trackingCode().value())
                + " dengan kode pelacakan " + receipt.trackingCode().display() + ".");
        created.put("account_id", null);
        return created;
    }

    @GetMapping("/requests.{format}")
    Mono<ResponseEntity<String>> search(@PathVariable("format") String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        if (!Open311Format.known(format)) {
            return Mono.just(notFound(format));
        }
        List<String> problems = new ArrayList<>();
        Optional<ComplaintCategory> category = ComplaintForm.category(serviceCode);
        if (serviceCode != null && category.isEmpty()) {
            problems.add("service_code: tidak dikenal");
        }
        Instant from = moment(startDate, "start_date", problems);
        Instant to = moment(endDate, "end_date", problems);
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            problems.add("status: open atau closed");
        }
        List<String> numbers = ids == null ? List.of() : Arrays.stream(ids.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).limit(SEARCH_LIMIT).map(Open311Api::number).toList();
        if (!problems.isEmpty()) {
            return Mono.just(Open311Format.errors(HttpStatus.BAD_REQUEST, format, problems, json));
        }
        if (numbers.isEmpty() && from == null && to == null) {
            from = clock.instant().minus(Duration.ofDays(SEARCH_DAYS));
        }
        return requests(new ListFeedComplaints(numbers, category.orElse(null), from, to,
                status == null ? null : status.equals("open"), SEARCH_LIMIT))
                .map(found -> Open311Format.list(HttpStatus.OK, format, "service_requests", "request", found, json));
    }

    @GetMapping("/requests/{id}.{format}")
    Mono<ResponseEntity<String>> request(@PathVariable("id") String id, @PathVariable("format") String format) {
        if (!Open311Format.known(format) || !id.matches("ADUAN-\\d{4}-\\d{6}")) {
            return Mono.just(notFound(format));
        }
        return requests(new ListFeedComplaints(List.of(number(id)), null, null, null, null, 1))
                .map(found -> found.isEmpty() ? notFound(format)
                        : Open311Format.list(HttpStatus.OK, format, "service_requests", "request", found, json));
    }

    private Mono<List<Map<String, Object>>> requests(ListFeedComplaints query) {
        return messaging.query(query, ResponseTypes.multipleInstancesOf(FeedComplaint.class))
                .publishOn(Schedulers.boundedElastic())
                .map(found -> {
                    Units.Names unitNames = words.unitNames();
                    return found.stream().map(complaint -> request(complaint, unitNames)).toList();
                });
    }

    private Map<String, Object> request(FeedComplaint complaint, Units.Names unitNames) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", requestId(complaint.number()));
        request.put("status", complaint.status().isFinal() ? "closed" : "open");
        request.put("status_notes", words.text("ComplaintStatus." + complaint.status().name(), Locale.ROOT)
                + (complaint.answer() == null ? "" : ". Jawaban: " + complaint.answer()));
        request.put("service_name", words.text("ComplaintCategory." + complaint.category().name(), Locale.ROOT));
        request.put("service_code", complaint.category().name());
        request.put("description", complaint.subject() + "\n" + complaint.description());
        request.put("agency_responsible", complaint.units().isEmpty() ? null
                : ComplaintWords.unitNames(complaint.units(), unitNames));
        request.put("service_notice", null);
        request.put("requested_datetime", w3c(complaint.receivedAt()));
        request.put("updated_datetime", w3c(complaint.updatedAt()));
        request.put("expected_datetime", complaint.expectedBy() == null ? null
                : complaint.expectedBy().atTime(calendar.officeClose()).atZone(calendar.zone())
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        request.put("address", "Kel. " + complaint.kelurahan() + ", Kec. " + complaint.kecamatan() + ", Kota Cilegon");
        request.put("lat", complaint.latitude());
        request.put("long", complaint.longitude());
        request.put("sigap_status", complaint.status().name());
        return request;
    }

    private String w3c(Instant at) {
        return at.atZone(calendar.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant moment(String text, String name, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(name + ": tanggal W3C dengan zona waktu, misalnya 2026-11-01T00:00:00+07:00");
            return null;
        }
    }

    private static String requestId(String number) {
        return number.replace('/', '-');
    }

    private static String number(String requestId) {
        return requestId.replace('-', '/');
    }

    private ResponseEntity<String> notFound(String format) {
        return Open311Format.errors(HttpStatus.NOT_FOUND, format, List.of("tidak ditemukan"), json);
    }
}
