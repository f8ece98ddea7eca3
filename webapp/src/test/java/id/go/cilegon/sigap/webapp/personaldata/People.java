package id.go.cilegon.sigap.webapp.personaldata;

import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A person who files a request and a complaint through the public API, with values no other test uses. */
final class People {

    /** @param phone as typed on the forms, {@code 0857…} */
    record Person(String name, String nik, String phone, String email, String address) {

        /** The values that must be gone after an erasure, as written and as digits. */
        String[] plainValues() {
            return new String[] {name, nik, phone, phone.substring(1), email, address};
        }
    }

    record Filed(String requestId, String requestNumber, String complaintId, String complaintNumber) {
    }

    private People() {
    }

    static Person someone(String tag) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String digits = String.format("%08d", random.nextInt(100_000_000));
        return new Person("Sulastri " + tag + " Wiratmaja " + digits, "3672" + String.format("%04d", random.nextInt(10_000))
                + digits, "0857" + digits, "sulastri." + digits + "@contoh.id", "Jl. Kenari " + tag + " No. " + digits);
    }

    static Filed files(Person person, Http citizen, QueryGateway queries) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("nama", person.name());
        request.put("jenisIdentitas", "NIK");
        request.put("nomorIdentitas", person.nik());
        request.put("alamat", person.address());
        request.put("telepon", person.phone());
        request.put("email", person.email());
        request.put("pekerjaan", "Guru");
        request.put("informasiDiminta", "Daftar penerima beasiswa daerah tahun 2026");
        request.put("tujuanPenggunaan", "Mendaftarkan anak");
        request.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        request.put("caraMendapatkanSalinan", "EMAIL");
        Map<?, ?> requestReceipt = citizen.client().post().uri("/api/v1/permohonan-informasi")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        TrackingCode requestCode = TrackingCode.parse((String) requestReceipt.get("kodePelacakan")).orElseThrow();

        MultipartBodyBuilder complaint = new MultipartBodyBuilder();
        complaint.part("judul", "Lampu jalan mati di gang rumah");
        complaint.part("uraian", "Sudah tiga minggu lampu jalan di gang kami mati, gelap dan rawan.");
        complaint.part("kategori", "INFRASTRUKTUR");
        complaint.part("kecamatan", "Cibeber");
        complaint.part("kelurahan", "Kalitimbang");
        complaint.part("nama", person.name());
        complaint.part("nik", person.nik());
        complaint.part("telepon", person.phone());
        complaint.part("email", person.email());
        complaint.part("alamat", person.address());
        EntityExchangeResult<Map> complaintReceipt = citizen.client().post().uri("/api/v1/pengaduan")
                .accept(MediaType.APPLICATION_JSON).bodyValue(complaint.build()).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        TrackingCode complaintCode = TrackingCode.parse((String) complaintReceipt.getResponseBody()
                .get("kodePelacakan")).orElseThrow();

        RequestStatus status = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindRequestStatus(requestCode.hash()), ResponseTypes.optionalInstanceOf(RequestStatus.class))
                .get(), Optional::isPresent).orElseThrow();
        ComplaintFile complaintFile = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindComplaintByTrackingCode(complaintCode.hash()),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)).get(), Optional::isPresent).orElseThrow();
        CaseFile caseFile = await().atMost(Duration.ofSeconds(10)).until(() -> caseFile(queries, status.requestId()),
                Optional::isPresent).orElseThrow();
        return new Filed(status.requestId(), caseFile.registrationNumber(), complaintFile.complaintId(),
                complaintFile.number());
    }

    static Optional<CaseFile> caseFile(QueryGateway queries, String requestId) throws Exception {
        return queries.query(new FindCaseFile(InformationRequestId.of(requestId)),
                ResponseTypes.optionalInstanceOf(CaseFile.class)).get();
    }

    static Optional<ComplaintFile> complaint(QueryGateway queries, String complaintId) throws Exception {
        return queries.query(new FindComplaint(ComplaintId.of(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)).get();
    }
}
