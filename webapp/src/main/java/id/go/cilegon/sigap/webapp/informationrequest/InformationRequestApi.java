package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** JSON API for the same request form and status page the citizen uses in the browser. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class InformationRequestApi {

    private final InformationRequestIntake intake;
    private final RequestStatusLookup lookup;

    InformationRequestApi(InformationRequestIntake intake, RequestStatusLookup lookup) {
        this.intake = intake;
        this.lookup = lookup;
    }

    @PostMapping(path = "/permohonan-informasi", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Registered>> register(@Valid @RequestBody InformationRequestForm form) {
        return intake.register(form, Channel.WEB).map(receipt -> {
            String status = "/api/v1/status-permohonan/" + receipt.trackingCode().value();
            return ResponseEntity.created(URI.create(status)).body(new Registered(
                    receipt.registrationNumber().value(), receipt.trackingCode().display(),
                    "/status/" + receipt.trackingCode().value(), status));
        });
    }

    @GetMapping("/status-permohonan/{kode}")
    Mono<StatusResponse> status(@PathVariable("kode") String kode, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return Mono.justOrEmpty(TrackingCode.parse(kode))
                .flatMap(lookup::find)
                .flatMap(Mono::justOrEmpty)
                .map(status -> StatusResponse.of(status, locale))
                .switchIfEmpty(Mono.error(new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
    }

    /**
     * @param nomorPendaftaran the statutory registration number
     * @param kodePelacakan    the secret tracking code, shown once: Sigap keeps only its hash
     */
    record Registered(String nomorPendaftaran, String kodePelacakan, String halamanStatus, String statusApi) {
    }

    record StatusResponse(
            String nomorPendaftaran,
            String status,
            Instant diterima,
            String informasiDiminta,
            LocalDate batasPemberitahuanTertulis,
            String penjelasanBatasWaktu) {

        static StatusResponse of(RequestStatus status, Locale locale) {
            Deadline deadline = status.noticeDeadline();
            return new StatusResponse(status.registrationNumber(), status.status().name(), status.receivedAt(),
                    status.informationRequested(), deadline.dueDate(), deadline.explain(locale));
        }
    }
}
