package uk.peel.crime.integrity;

import java.time.LocalDate;

/**
 * What an auditor asks for: incidents closed from {@code from} to {@code to} inclusive (force dates), how many,
 * and optionally the seed (to draw a published sample again); the force's population rules apply.
 */
public record DrawRequest(String title, LocalDate from, LocalDate to, Integer size, Long seed) {
}
