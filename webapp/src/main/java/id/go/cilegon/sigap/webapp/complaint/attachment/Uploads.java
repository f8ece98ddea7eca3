package id.go.cilegon.sigap.webapp.complaint.attachment;

import java.util.List;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/** The files of a multipart form's field, read into memory up to the size {@link AttachmentStore} keeps. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The field's files in their order. A browser sends an empty part when no file was chosen: that is no file. A
     * file over {@link AttachmentStore#MAX_BYTES} ends the flux with {@link AttachmentRefused#tooLarge} once that
     * much has arrived, without reading the rest into memory.
     */
    public static Flux<Upload> read(ServerWebExchange exchange, String field) {
        return exchange.getMultipartData()
                .flatMapMany(parts -> Flux.fromIterable(parts.getOrDefault(field, List.of())))
                .ofType(FilePart.class)
                .filter(part -> part.filename() != null && !part.filename().isBlank())
                .concatMap(part -> DataBufferUtils.join(part.content(), AttachmentStore.MAX_BYTES + 1)
                        .map(buffer -> {
                            byte[] bytes = new byte[buffer.readableByteCount()];
                            buffer.read(bytes);
                            DataBufferUtils.release(buffer);
                            return new Upload(part.filename(), bytes);
                        })
                        .onErrorMap(DataBufferLimitException.class,
                                tooLarge -> AttachmentRefused.tooLarge(part.filename())));
    }
}
