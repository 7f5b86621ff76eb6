package uk.peel.platform.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

import uk.peel.platform.BusyException;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.JsonProblems;

/**
 * Turns refusals into RFC 9457 problem responses that say what is wrong and where: 400 with one entry per field
 * ({@code errors: [{field, message}]}), 404 for records that do not exist, 409 when the record moved on, 503 with
 * {@code Retry-After} when the work is queued as deep as allowed.
 * Access refusals are left to Spring Security (401/403).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem-details handler, which says only "Failed to read request"
class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields; nothing was saved", e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        JacksonException json = causeOf(e);
        if (json != null) {
            return problem(HttpStatus.BAD_REQUEST, "The request body could not be read; nothing was saved",
                    List.of(new FieldProblem(JsonProblems.field(json), JsonProblems.describe(json)
                            .replaceFirst("^" + java.util.regex.Pattern.quote(JsonProblems.field(json)) + ": ", ""))));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or is not JSON; nothing was saved", List.of());
    }

    private static JacksonException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName(),
                List.of(new FieldProblem(e.getName(), "'" + e.getValue() + "' is not valid here")));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of()));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
