package id.go.cilegon.sigap.webapp.informationrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The requester's answer to the PPID's request for completion (<i>kelengkapan</i>), from the status page or the
 * JSON API, so both refuse the same input.
 */
record ClarificationAnswer(@NotBlank @Size(max = ClarificationAnswer.MAX) String jawaban) {

    static final int MAX = 4000;

    static ClarificationAnswer empty() {
        return new ClarificationAnswer("");
    }
}
