package id.go.cilegon.sigap.webapp.personaldata;

import java.time.Instant;
import java.util.List;

/**
 * A recorded export or erasure, as the admin's history lists it.
 *
 * @param kind    {@code EKSPOR} or {@code HAPUS}
 * @param basis   the erasure's {@code RequestBasis}, {@code null} for an export
 * @param officer the admin, {@code null} when the retention rule erased
 */
public record RecordedRequest(Instant at, String kind, String basis, String reference, String officer,
        List<String> cases) {

    public String caseList() {
        return String.join(", ", cases);
    }
}
