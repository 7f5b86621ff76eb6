package uk.peel.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An s.62 entry could not be made durable, so the access it describes must not happen: the data stays unshown and
 * the user is told the request failed.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class AuditUnavailableException extends RuntimeException {

    AuditUnavailableException(Throwable cause) {
        super("The access could not be recorded in the audit log, so it was not allowed", cause);
    }
}
