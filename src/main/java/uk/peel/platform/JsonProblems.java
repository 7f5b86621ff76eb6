package uk.peel.platform;

import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns a JSON reading error into "field: what is wrong", for API responses and import reports. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JacksonException e) {
        String field = field(e);
        Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : null;
        String message = cause != null ? cause.getMessage() : e.getOriginalMessage();
        if (message != null && message.contains("not one of the values accepted for Enum class")) {
            message = "is not one of the accepted values " + message.substring(message.indexOf('['));
        }
        return field.isEmpty() ? message : field + ": " + message;
    }

    public static String field(JacksonException e) {
        if (!(e instanceof DatabindException databind)) {
            return "";
        }
        return databind.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
