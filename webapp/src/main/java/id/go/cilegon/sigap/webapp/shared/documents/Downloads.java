package id.go.cilegon.sigap.webapp.shared.documents;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file (CSV, XLSX, PDF) as a download with its name. */
public final class Downloads {

    public static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** @param cacheControl the Cache-Control header for public files, or {@code null} for none */
    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename, String cacheControl) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString());
        if (cacheControl != null) {
            response.header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return response.body(body);
    }
}
