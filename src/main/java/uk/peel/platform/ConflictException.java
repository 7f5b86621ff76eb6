package uk.peel.platform;

/**
 * The change was refused because the record moved on since the user read it (or is in a state that forbids the
 * change). Nothing was saved; the user must look again and decide.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
