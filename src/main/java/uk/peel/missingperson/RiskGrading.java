package uk.peel.missingperson;

import java.time.Instant;

/**
 * One risk grading, as the guidance asks it to be recorded: the grade, the information it rests on, who supplied
 * that information and when, and who graded. Gradings are kept in order; the latest is the current grade.
 */
public record RiskGrading(MissingRisk risk, String informationUsed, String suppliedBy, Instant suppliedAt,
                          String gradedBy, Instant gradedAt) {
}
