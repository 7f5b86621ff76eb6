package uk.peel.platform;

import java.time.Duration;

/**
 * The request was refused because the work it asks for is queued as deep as Peel allows, so that lower-priority
 * work (a person search) cannot pile up behind itself and take the machine from the control room. Nothing was
 * done; asking again after {@link #retryAfter()} is safe.
 */
public class BusyException extends RuntimeException {

    private final Duration retryAfter;

    public BusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
