package id.go.cilegon.sigap.webapp.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The complainant's answer to the verifier's question. */
record QuestionAnswerForm(@NotBlank @Size(max = 4000) String jawaban) {

    static QuestionAnswerForm empty() {
        return new QuestionAnswerForm("");
    }
}
