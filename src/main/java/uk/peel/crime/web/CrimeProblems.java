package uk.peel.crime.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal by the crime rules themselves (who may approve a cancellation), as a 403 problem that says why: the
 * generic 403 would leave an officer guessing.
 */
final class CrimeProblems {

    private CrimeProblems() {
    }

    static ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("about:blank"));
        String requestId = uk.peel.platform.web.RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
