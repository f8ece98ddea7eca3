package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentRefused;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.complaint.attachment.Uploads;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The complaint form's files (field {@code lampiran}): read from the multipart request, then checked and stored by
 * the {@link AttachmentStore} (type by content, size, EXIF removed), all or none. A browser sends an empty part when
 * no file was chosen; that is no attachment. A refusal is a field error on {@code lampiran}: 413 for a file too
 * large, 400 otherwise.
 */
@Component
class ComplaintAttachments {

    static final String FIELD = "lampiran";

    private final AttachmentStore store;

    ComplaintAttachments(AttachmentStore store) {
        this.store = store;
    }

    /** Either the stored files or the status of the refusal, which is already in {@code errors}. */
    record Stored(List<Attachment> files, HttpStatus refused) {
    }

    Mono<Stored> store(ServerWebExchange exchange, BindingResult errors) {
        return Uploads.read(exchange, FIELD)
                .collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(uploads -> new Stored(store.store(uploads), null))
                .onErrorResume(AttachmentRefused.class, refused -> {
                    FieldMessages.reject(errors, FIELD, refused.code(), refused.fileName());
                    return Mono.just(new Stored(List.of(), refused.tooLarge()
                            ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST));
                });
    }

    /**
     * The file {@code attachmentId} of {@code file}, with safe headers; "not found" for a file that is not this
     * complaint's, so a tracking code opens its own complaint's files and no other.
     */
    Mono<ResponseEntity<byte[]>> serve(ComplaintFile file, String attachmentId) {
        if (file.attachments().stream().noneMatch(attachment -> attachment.id().equals(attachmentId))) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return Mono.fromCallable(() -> store.open(attachmentId))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(AttachmentStore::response)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    Mono<Void> assign(List<Attachment> files, ComplaintId complaintId) {
        return Mono.<Void>fromRunnable(() -> store.assign(files.stream().map(Attachment::id).toList(),
                complaintId.value())).subscribeOn(Schedulers.boundedElastic());
    }

    Mono<Void> delete(List<Attachment> files) {
        return Mono.<Void>fromRunnable(() -> store.delete(files.stream().map(Attachment::id).toList()))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
