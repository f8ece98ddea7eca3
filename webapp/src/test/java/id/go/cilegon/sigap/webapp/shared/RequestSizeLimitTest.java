package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.support.BundledMessages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies over their limit, refused by their declared length before a byte is read: 64 kB for every body, 16 MB for
 * the forms that carry files, each told in the reader's terms.
 */
class RequestSizeLimitTest {

    private static final MediaType MULTIPART = MediaType.parseMediaType("multipart/form-data; boundary=batas");

    private final WebTestClient client = WebTestClient
            .bindToWebHandler(exchange -> exchange.getResponse().setComplete())
            .webFilter(new RequestSizeLimit(DataSize.ofKilobytes(64), DataSize.ofMegabytes(16),
                    List.of("/pengaduan", "/api/v1/pengaduan"), BundledMessages.fieldMessages(),
                    JsonMapper.builder().build()))
            .build();

    private EntityExchangeResult<String> post(String path, MediaType type, int bytes) {
        return client.post().uri(path).contentType(type).bodyValue(new byte[bytes]).exchange()
                .expectBody(String.class).returnResult();
    }

    @Test
    void a_complaint_form_over_the_upload_limit_is_told_the_limit_and_what_to_send_instead() {
        EntityExchangeResult<String> api = post("/api/v1/pengaduan", MULTIPART, 17 * 1024 * 1024);
        EntityExchangeResult<String> form = post("/pengaduan", MULTIPART, 17 * 1024 * 1024);

        assertThat(api.getStatus().value()).isEqualTo(413);
        assertThat(api.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getResponseBody()).contains("urn:sigap:problem:upload-too-large", "melebihi 16 MB");
        assertThat(form.getStatus().value()).isEqualTo(413);
        assertThat(form.getResponseBody()).contains("<h1>Berkas terlalu besar</h1>", "melebihi 16 MB",
                "Kirim lebih sedikit berkas");
    }

    @Test
    void a_form_with_files_under_the_upload_limit_and_other_bodies_under_theirs_pass() {
        assertThat(post("/api/v1/pengaduan", MULTIPART, 15 * 1024 * 1024).getStatus().value()).isEqualTo(200);
        assertThat(post("/api/v1/permohonan-informasi", MediaType.APPLICATION_JSON, 60 * 1024).getStatus().value())
                .isEqualTo(200);
    }

    @Test
    void any_other_body_over_64_kb_is_refused_as_a_body_too_large_even_multipart_elsewhere() {
        EntityExchangeResult<String> json = post("/api/v1/permohonan-informasi", MediaType.APPLICATION_JSON,
                70 * 1024);
        EntityExchangeResult<String> multipartElsewhere = post("/api/v1/permohonan-informasi", MULTIPART, 70 * 1024);

        assertThat(json.getStatus().value()).isEqualTo(413);
        assertThat(json.getResponseBody()).contains("urn:sigap:problem:body-too-large");
        assertThat(multipartElsewhere.getResponseBody()).contains("urn:sigap:problem:body-too-large");
    }
}
