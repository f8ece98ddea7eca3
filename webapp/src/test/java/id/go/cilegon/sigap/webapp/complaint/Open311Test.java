package id.go.cilegon.sigap.webapp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.w3c.dom.Document;

/**
 * Open311 GeoReport v2 as a client following the spec uses it: discovery, the service list and definitions in XML
 * and JSON, filing a complaint with an api_key as a form post, and reading requests back, never with personal data.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Open311Test {

    private static final String KEY = "uji-open311-key";
    private static final Pattern REQUEST_ID = Pattern.compile("\"service_request_id\":\"(ADUAN-\\d{4}-\\d{6})\"");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    private WebTestClient client;

    @BeforeEach
    void connect() {
        // A partner app's own connections, not the JVM's shared pool: twice in some hundred runs a GET after a 400
        // was sent on a pooled connection and never answered, with nothing in the server's threads (ThreadDumpOnTimeout).
        client = new Http(port).client().mutate().baseUrl("http://localhost:" + port + "/open311/v2").build();
    }

    private EntityExchangeResult<String> get(String path) {
        return client.get().uri(path).exchange().expectBody(String.class).returnResult();
    }

    private EntityExchangeResult<String> post(String path, MultiValueMap<String, String> fields) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(fields)).exchange().expectBody(String.class).returnResult();
    }

    private static Document xml(EntityExchangeResult<String> result) throws Exception {
        assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML)).isTrue();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponseBody().getBytes(StandardCharsets.UTF_8)));
    }

    private static MultiValueMap<String, String> pothole() {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("api_key", KEY);
        fields.add("service_code", "INFRASTRUKTUR");
        fields.add("description", "Jalan berlubang di depan Pasar Kranggot, dalam sekitar 20 cm");
        fields.add("lat", "-6.0021");
        fields.add("long", "106.0303");
        fields.add("attribute[kecamatan]", "Jombang");
        fields.add("attribute[kelurahan]", "Jombang Wetan");
        fields.add("first_name", "Dedi");
        fields.add("last_name", "Kurniawan Uji");
        fields.add("phone", "081377700011");
        return fields;
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    /** Reads one request back once the read model has it. */
    private EntityExchangeResult<String> request(String id, String format) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        EntityExchangeResult<String> result;
        do {
            result = get("/requests/" + id + "." + format);
        } while (result.getStatus().value() == 404 && Instant.now().isBefore(giveUp));
        return result;
    }

    @Test
    void discovery_and_services_follow_the_spec_in_xml_and_json() throws Exception {
        Document discovery = xml(get("/discovery.xml"));
        assertThat(discovery.getElementsByTagName("specification").item(0).getTextContent())
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.getElementsByTagName("format").getLength()).isEqualTo(2);
        assertThat(get("/discovery.json").getResponseBody()).contains("\"formats\":[\"text/xml\",\"application/json\"]");

        Document services = xml(get("/services.xml"));
        assertThat(services.getElementsByTagName("service").getLength()).isEqualTo(ComplaintCategory.values().length);
        assertThat(get("/services.json").getResponseBody()).contains("\"service_code\":\"INFRASTRUKTUR\"",
                "\"metadata\":true", "\"type\":\"realtime\"");

        Document definition = xml(get("/services/INFRASTRUKTUR.xml"));
        assertThat(definition.getElementsByTagName("attribute").getLength()).isEqualTo(3);
        assertThat(definition.getElementsByTagName("value").getLength()).isEqualTo(8 + 43);
        assertThat(get("/services/TIDAK_ADA.json").getStatus().value()).isEqualTo(404);
        assertThat(get("/services.csv").getStatus().value()).isEqualTo(404);
    }

    @Test
    void filing_needs_a_known_api_key_and_the_same_fields_as_the_web_form_storing_nothing_otherwise() {
        long before = events();
        MultiValueMap<String, String> noKey = pothole();
        noKey.set("api_key", "kunci-palsu");
        EntityExchangeResult<String> forbidden = post("/requests.json", noKey);
        assertThat(forbidden.getStatus().value()).isEqualTo(403);
        assertThat(forbidden.getResponseBody()).contains("\"code\":403", "api_key");

        MultiValueMap<String, String> incomplete = new LinkedMultiValueMap<>();
        incomplete.add("api_key", KEY);
        incomplete.add("service_code", "BUKAN_LAYANAN");
        incomplete.add("attribute[kecamatan]", "Jombang");
        incomplete.add("attribute[kelurahan]", "Ciwaduk");
        incomplete.add("first_name", "Dedi");
        EntityExchangeResult<String> refused = post("/requests.xml", incomplete);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("<errors>", "<code>400</code>", "service_code:",
                "description:", "phone:");
        assertThat(events()).isEqualTo(before);

        MultiValueMap<String, String> wrongPlace = pothole();
        wrongPlace.set("attribute[kelurahan]", "Ciwaduk");
        assertThat(post("/requests.json", wrongPlace).getResponseBody()).contains("attribute[kelurahan]:");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_filed_complaint_is_a_real_complaint_read_back_without_the_complainant() throws Exception {
        EntityExchangeResult<String> filed = post("/requests.json", pothole());

        assertThat(filed.getStatus().value()).as(filed.getResponseBody()).isEqualTo(200);
        Matcher id = REQUEST_ID.matcher(filed.getResponseBody());
        assertThat(id.find()).isTrue();
        assertThat(filed.getResponseBody()).contains("/pengaduan/status/", "kode pelacakan");

        String json = request(id.group(1), "json").getResponseBody();
        assertThat(json).contains("\"status\":\"open\"", "\"sigap_status\":\"DITERIMA\"",
                "\"service_code\":\"INFRASTRUKTUR\"", "Kel. Jombang Wetan, Kec. Jombang", "\"lat\":-6.0021",
                "+07:00").doesNotContain("Dedi").doesNotContain("081377700011");
        Document xml = xml(request(id.group(1), "xml"));
        assertThat(xml.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id.group(1));

        assertThat(get("/requests.json?status=open&service_code=INFRASTRUKTUR").getResponseBody())
                .contains(id.group(1));
        assertThat(get("/requests.json?status=closed").getResponseBody()).doesNotContain(id.group(1));
        assertThat(get("/requests.json?service_request_id=" + id.group(1) + ",ADUAN-1999-000001").getResponseBody())
                .contains(id.group(1));
        assertThat(get("/requests.json?start_date=kemarin").getStatus().value()).isEqualTo(400);
        assertThat(get("/requests/ADUAN-1999-000001.json").getStatus().value()).isEqualTo(404);
        String tracking = filed.getResponseBody().replaceAll("(?s).*/pengaduan/status/([A-Z0-9]+).*", "$1");
        ComplaintFile file = await(TrackingCode.parse(tracking).orElseThrow());
        assertThat(file.channel()).isEqualTo(Channel.OPEN311);
        assertThat(file.complainant().name()).isEqualTo("Dedi Kurniawan Uji");
    }

    @Test
    void a_rahasia_complaint_never_appears_in_the_feed() {
        ComplaintId hidden = ComplaintId.newId();
        TrackingCode code = TrackingCode.generate();
        commands.sendAndWait(new RegisterComplaint(hidden, Channel.WEB, Instant.now(), null, true,
                "Pungutan liar di terminal", "Oknum meminta uang", ComplaintCategory.APARATUR,
                new Location("Cilegon", "Ketileng", null, null), List.of(), code.hash(), null));
        ComplaintFile file = await(code);
        String id = file.number().replace('/', '-');

        assertThat(get("/requests/" + id + ".json").getStatus().value()).isEqualTo(404);
        assertThat(get("/requests.json?service_code=APARATUR").getResponseBody())
                .doesNotContain(id).doesNotContain("Pungutan liar di terminal");
    }

    private ComplaintFile await(TrackingCode code) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        Optional<ComplaintFile> found;
        do {
            found = queries.query(new FindComplaintByTrackingCode(code.hash()),
                    ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join();
        } while (found.isEmpty() && Instant.now().isBefore(giveUp));
        return found.orElseThrow();
    }
}
