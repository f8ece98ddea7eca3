package id.go.cilegon.sigap.webapp.informationlist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an exemption is lifted early, or why information leaves the lists. */
record ReasonForm(@NotBlank @Size(max = 2000) String alasan) {

    static ReasonForm empty() {
        return new ReasonForm("");
    }
}
