package uk.peel.incident;

import jakarta.validation.constraints.Size;

/**
 * Who called. Every part is optional: a 999 caller may hang up before giving a name, and the call handler must
 * never be stopped from creating the incident for want of one.
 */
public record Caller(
        @Size(max = 200, message = "must be at most 200 characters") String name,
        @Size(max = 40, message = "must be at most 40 characters") String phone,
        @Size(max = 100, message = "must be at most 100 characters") String relationship) {

    public boolean isEmpty() {
        return isBlank(name) && isBlank(phone) && isBlank(relationship);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
