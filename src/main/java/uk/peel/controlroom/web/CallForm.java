package uk.peel.controlroom.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.peel.incident.CallReport;
import uk.peel.incident.Caller;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.incident.Thrive;

/** The call-taking form as posted: text as typed, turned into a {@link CallReport} for the incident module. */
public record CallForm(String callStartedAt, String openingCategory, String grade, String postcode, String address,
                       String latitude, String longitude, String callerName, String callerPhone,
                       String callerRelationship, String threat, String harm, String risk, String investigation,
                       String vulnerability, String engagement, List<String> safeguarding, String account,
                       String linkTo) {

    static CallForm blank(Instant callStartedAt) {
        return new CallForm(callStartedAt.toString(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(), null, null);
    }

    public boolean flagged(String flag) {
        return safeguarding != null && safeguarding.contains(flag);
    }

    CallReport toReport() {
        Set<SafeguardingFlag> flags = EnumSet.noneOf(SafeguardingFlag.class);
        if (safeguarding != null) {
            for (String flag : safeguarding) {
                try {
                    flags.add(SafeguardingFlag.valueOf(flag));
                } catch (IllegalArgumentException ignored) {
                    // not a flag this version knows: ignoring it loses nothing the handler chose on this page
                }
            }
        }
        return new CallReport(instant(callStartedAt), new Caller(callerName, callerPhone, callerRelationship),
                new IncidentLocation(postcode, address, number(latitude), number(longitude)), openingCategory, grade,
                new Thrive(threat, harm, risk, investigation, vulnerability, engagement), flags, account, uuid(linkTo));
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Coordinates typed that are not numbers: refused with the field named, never silently dropped. */
    List<uk.peel.platform.FieldProblem> problems() {
        List<uk.peel.platform.FieldProblem> problems = new java.util.ArrayList<>();
        if (!isNumber(latitude)) {
            problems.add(new uk.peel.platform.FieldProblem("location.latitude", "must be a number, such as 53.4631"));
        }
        if (!isNumber(longitude)) {
            problems.add(new uk.peel.platform.FieldProblem("location.longitude", "must be a number, such as -2.2913"));
        }
        return problems;
    }

    private static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            return Double.isFinite(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Double number(String text) {
        return text == null || text.isBlank() || !isNumber(text) ? null : Double.valueOf(text.strip());
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
