package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officers' JSON door for requests received at the desk: the same form and rules as the page. The role is
 * checked before the body is read, so an officer without the role learns nothing from validation.
 */
@RestController
class OfficerIntakeApi {

    private final InformationRequestIntake intake;
    private final WorkingDayCalendar calendar;

    OfficerIntakeApi(InformationRequestIntake intake, WorkingDayCalendar calendar) {
        this.intake = intake;
        this.calendar = calendar;
    }

    @PostMapping(path = "/api/v1/petugas/permohonan-informasi", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Registered>> register(@Valid @RequestBody Mono<OfficerIntakeForm> body,
            ServerWebExchange exchange) {
        return PetugasOnly.allowed(exchange).flatMap(allowed -> {
            if (!allowed) {
                return Mono.<ResponseEntity<Registered>>error(new ResponseStatusException(HttpStatus.FORBIDDEN));
            }
            return body.flatMap(form -> intake.register(form.permohonan(), form.channel(),
                    form.receivedAt(calendar.zone()), form.proxy())).map(receipt -> {
                        String code = receipt.trackingCode().value();
                        String status = "/api/v1/status-permohonan/" + code;
                        return ResponseEntity.created(URI.create(status)).body(new Registered(
                                receipt.registrationNumber().value(), receipt.trackingCode().display(),
                                "/status/" + code, status, "/petugas/tanda-terima/" + code));
                    });
        });
    }

    /**
     * @param kodePelacakan the requester's secret tracking code, shown once: Sigap keeps only its hash
     * @param tandaTerima   the printable receipt to hand to the requester
     */
    record Registered(String nomorPendaftaran, String kodePelacakan, String halamanStatus, String statusApi,
            String tandaTerima) {
    }
}
