package uk.peel.platform.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uk.peel.platform.BusyException;

/**
 * For every page: a record that does not exist (each module's "not found" is a {@link NoSuchElementException}), or
 * an address that cannot name one (not an id), is "page not found" with the layout, not a server error. The JSON
 * API's own handler ({@link ApiExceptionHandler}) comes first for API controllers and answers a problem document.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler({NoSuchElementException.class, MethodArgumentTypeMismatchException.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(BusyException.class)
    void busy(BusyException e, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), e.getMessage());
    }
}
