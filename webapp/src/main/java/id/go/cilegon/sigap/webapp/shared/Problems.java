package id.go.cilegon.sigap.webapp.shared;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Sigap's one error contract: RFC 9457 problem details. {@code type} is a stable URN per kind of problem
 * ({@code urn:sigap:problem:invalid-fields}, {@code urn:sigap:problem:rule:<code>}), {@code title} and
 * {@code detail} are in the reader's language, and refused fields are listed under {@code errors}.
 */
public final class Problems {

    public static final String INVALID_FIELDS = "invalid-fields";

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:sigap:problem:" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public static ResponseEntity<ProblemDetail> invalidFields(String title, String detail, List<InvalidField> fields) {
        return invalidFields(HttpStatus.BAD_REQUEST, title, detail, fields);
    }

    /** Refused fields with another status than 400: a file too large for its field is 413. */
    public static ResponseEntity<ProblemDetail> invalidFields(HttpStatus status, String title, String detail,
            List<InvalidField> fields) {
        ResponseEntity<ProblemDetail> response = of(status, INVALID_FIELDS, title, detail);
        response.getBody().setProperty("errors", fields);
        return response;
    }
}
