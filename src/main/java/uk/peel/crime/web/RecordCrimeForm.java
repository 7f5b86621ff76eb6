package uk.peel.crime.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimeLocation;
import uk.peel.crime.RecordCrimeRequest;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;

/**
 * The "record as crime" form as typed: person record ids one or more per line (added by the person finder, or
 * pasted), times as the browser's local date-time in UK time. {@link #problems} names what cannot be read;
 * {@link #toRequest} turns the rest into the service's request.
 */
public record RecordCrimeForm(String classification, String victims, String suspects, String offenders, String witnesses,
                       String reportingPerson, String postcode, String address, String committedFrom, String committedTo,
                       String modusOperandi, String property, List<String> flags, String allocatedTo) {

    static RecordCrimeForm blank(String classification) {
        return new RecordCrimeForm(classification, "", "", "", "", "", "", "", "", "", "", "", List.of(), "");
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        ids(victims, "victims", problems);
        ids(suspects, "suspects", problems);
        ids(offenders, "offenders", problems);
        ids(witnesses, "witnesses", problems);
        List<UUID> reporting = ids(reportingPerson, "reportingPerson", problems);
        if (reporting.size() > 1) {
            problems.add(new FieldProblem("reportingPerson", "give one reporting person"));
        }
        time(committedFrom, "committedFrom", problems);
        time(committedTo, "committedTo", problems);
        return problems;
    }

    RecordCrimeRequest toRequest() {
        List<FieldProblem> ignored = new ArrayList<>();
        List<UUID> reporting = ids(reportingPerson, "reportingPerson", ignored);
        Set<CrimeFlag> chosen = EnumSet.noneOf(CrimeFlag.class);
        if (flags != null) {
            flags.stream().filter(f -> f != null && !f.isBlank()).forEach(f -> chosen.add(CrimeFlag.valueOf(f)));
        }
        CrimeLocation location = new CrimeLocation(postcode, address, null, null);
        return new RecordCrimeRequest(classification, ids(victims, "victims", ignored), ids(suspects, "suspects", ignored),
                ids(offenders, "offenders", ignored), ids(witnesses, "witnesses", ignored),
                reporting.isEmpty() ? null : reporting.getFirst(), location.isUnknown() ? null : location,
                time(committedFrom, "committedFrom", ignored), time(committedTo, "committedTo", ignored), modusOperandi,
                property, chosen, allocatedTo);
    }

    public boolean flagged(CrimeFlag flag) {
        return flags != null && flags.contains(flag.name());
    }

    private static List<UUID> ids(String text, String field, List<FieldProblem> problems) {
        List<UUID> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String token : text.split("[\\s,;]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(token.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "'" + token.strip() + "' is not a person record id: find the person and add them"));
            }
        }
        return ids;
    }

    private static Instant time(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "enter a date and time, such as 2026-11-24T21:30"));
            return null;
        }
    }
}
