package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A load balancer asks /actuator/health whether to send traffic; on the embedded store it must say UP. */
@SigapTest
class StoreHealthTest {

    @LocalServerPort
    private int port;

    @Test
    void the_application_reports_up_on_the_embedded_store() {
        new Http(port).client()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"status\":\"UP\""));
    }
}
