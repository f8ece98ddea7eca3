package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.InvalidField;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Receives a complaint form for the citizen's page, the desk's page and the JSON API alike: the form's own rules,
 * then the place (a kelurahan of the chosen kecamatan), then the attachments (checked by content, stored, EXIF
 * removed), then the complaint itself. Nothing is registered while anything is wrong; attachments stored for a
 * complaint that then fails are deleted. Also builds the complainant's view of their case.
 */
@Component
class ComplaintReception {

    private final ComplaintIntake intake;
    private final ComplaintLookup lookup;
    private final ComplaintWords words;
    private final FieldMessages messages;
    private final Wilayah wilayah;
    private final ComplaintAttachments attachments;

    ComplaintReception(ComplaintIntake intake, ComplaintLookup lookup, ComplaintWords words, FieldMessages messages,
            Wilayah wilayah, ComplaintAttachments attachments) {
        this.intake = intake;
        this.lookup = lookup;
        this.words = words;
        this.messages = messages;
        this.wilayah = wilayah;
        this.attachments = attachments;
    }

    /** A complaint filed by the citizen on the web. */
    Mono<Received> receive(ComplaintForm form, BindingResult errors, ServerWebExchange exchange, Locale locale) {
        return receive(form, errors, exchange, locale, stored -> intake.register(form, stored));
    }

    /** A complaint an officer enters at the desk. */
    Mono<Received> receiveAtDesk(ComplaintForm form, BindingResult errors, ServerWebExchange exchange, Locale locale,
            Channel channel, Instant receivedAt, OfficerId officer) {
        return receive(form, errors, exchange, locale,
                stored -> intake.register(form, stored, channel, receivedAt, officer));
    }

    private Mono<Received> receive(ComplaintForm form, BindingResult errors, ServerWebExchange exchange,
            Locale locale, Function<List<Attachment>, Mono<ComplaintIntake.Receipt>> register) {
        if (!errors.hasFieldErrors("kecamatan") && !wilayah.isKecamatan(form.kecamatan())) {
            FieldMessages.reject(errors, "kecamatan", "complaint.kecamatan.unknown");
        } else if (!errors.hasFieldErrors("kelurahan") && !errors.hasFieldErrors("kecamatan")
                && !wilayah.contains(form.kecamatan(), form.kelurahan())) {
            FieldMessages.reject(errors, "kelurahan", "complaint.kelurahan.mismatch");
        }
        if (errors.hasErrors()) {
            return Mono.just(Received.invalid(HttpStatus.BAD_REQUEST, errors, messages, locale));
        }
        return attachments.store(exchange, errors).flatMap(stored -> {
            if (stored.refused() != null) {
                return Mono.just(Received.invalid(stored.refused(), errors, messages, locale));
            }
            List<Attachment> files = stored.files();
            return register.apply(files)
                    .flatMap(receipt -> attachments.assign(files, receipt.complaintId())
                            .thenReturn(Received.of(receipt)))
                    .onErrorResume(failure -> attachments.delete(files).then(Mono.error(failure)));
        });
    }

    /**
     * Either the receipt or what was wrong: {@code byField} for the page's messages next to the fields,
     * {@code invalidFields} for the API's problem details.
     */
    record Received(ComplaintIntake.Receipt receipt, HttpStatus status, List<InvalidField> invalidFields,
            Map<String, List<String>> byField) {

        static Received of(ComplaintIntake.Receipt receipt) {
            return new Received(receipt, HttpStatus.CREATED, List.of(), Map.of());
        }

        static Received invalid(HttpStatus status, BindingResult errors, FieldMessages messages, Locale locale) {
            return new Received(null, status, messages.invalidFields(errors, locale), messages.byField(errors, locale));
        }

        <T> T fold(Function<ComplaintIntake.Receipt, T> registered, Function<Received, T> refused) {
            return receipt != null ? registered.apply(receipt) : refused.apply(this);
        }
    }

    /**
     * The complainant's view of their case: their own complaint, or, once merged as a duplicate, the progress of the
     * complaint that carries on for both. Right after registration ({@code justRegistered}) it waits for the read
     * model to have the complaint; otherwise a code that opens nothing is answered at once.
     */
    Mono<Optional<ComplaintStatusView>> citizenView(TrackingCode code, Predicate<ComplaintFile> projected,
            boolean justRegistered, Locale locale) {
        return (justRegistered ? lookup.registered(code) : lookup.byCode(code, projected)).flatMap(found -> {
            if (found.isEmpty()) {
                return Mono.just(Optional.<ComplaintStatusView>empty());
            }
            ComplaintFile own = found.get();
            Mono<ComplaintFile> followed = own.status() == ComplaintStatus.DIGABUNG && own.mergedInto() != null
                    ? lookup.byId(own.mergedInto().complaintId(), file -> true).map(original -> original.orElse(own))
                    : Mono.just(own);
            return followed.flatMap(shown -> lookup.timeline(shown.complaintId(), true)
                    .publishOn(Schedulers.boundedElastic())
                    .map(timeline -> Optional.of(ComplaintStatusView.of(own, shown, timeline, words, locale))));
        });
    }
}
