package uk.peel.platform.command;

/**
 * A command line that cannot be run as typed. The message names the argument and what is wrong with it; the
 * command prints it with its usage and exits {@link CommandArguments#BAD_USAGE}. An {@link IllegalArgumentException}
 * so callers that already answer those with their usage keep doing so.
 */
public class BadUsageException extends IllegalArgumentException {

    public BadUsageException(String message) {
        super(message);
    }
}
