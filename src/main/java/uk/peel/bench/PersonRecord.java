package uk.peel.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of a generated person as a legacy system holds it, written as a line of Peel's NDJSON import: the
 * fields of {@code PersonDetails} plus {@code sourceId}. Written by hand rather than through Jackson because ten
 * million lines must take minutes, not tens of minutes; {@code PopulationGeneratorTest} reads every line back
 * through the importer's own types to keep the two in step.
 *
 * @param dateOfBirth {@code YYYY-MM-DD}, {@code YYYY}, or null when the record has none
 * @param marker a warning marker, or null
 */
record PersonRecord(String sourceId, String forenames, String surname, String gender, String dateOfBirth,
                    List<Name> aliases, List<Place> addresses, Marker marker) {

    /** An alias, maiden, previous name or nickname; {@code type} is the import's {@code Alias.Type}. */
    record Name(String forenames, String surname, String type) {
    }

    /** An address; {@code type} is the import's {@code Address.Type}; {@code to} is null for a current address. */
    record Place(String type, String line1, String town, String postcode, LocalDate from, LocalDate to) {
    }

    /** A warning marker; {@code type} is the import's {@code WarningMarker.Type}. */
    record Marker(String type, LocalDate from) {
    }

    PersonRecord {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }

    /** Appends this record as one JSON object, without the line break. */
    void appendJson(StringBuilder out) {
        out.append('{');
        if (sourceId != null) {
            field(out, "sourceId", sourceId).append(',');
        }
        if (forenames != null) {
            field(out, "forenames", forenames).append(',');
        }
        field(out, "surname", surname);
        out.append(',');
        field(out, "gender", gender);
        if (dateOfBirth != null) {
            out.append(",\"datesOfBirth\":[");
            string(out, dateOfBirth).append(']');
        }
        if (!aliases.isEmpty()) {
            out.append(",\"aliases\":[");
            for (int i = 0; i < aliases.size(); i++) {
                Name alias = aliases.get(i);
                out.append(i == 0 ? "{" : ",{");
                if (alias.forenames() != null) {
                    field(out, "forenames", alias.forenames()).append(',');
                }
                if (alias.surname() != null) {
                    field(out, "surname", alias.surname()).append(',');
                }
                field(out, "type", alias.type()).append('}');
            }
            out.append(']');
        }
        if (!addresses.isEmpty()) {
            out.append(",\"addresses\":[");
            for (int i = 0; i < addresses.size(); i++) {
                Place place = addresses.get(i);
                out.append(i == 0 ? "{" : ",{");
                field(out, "type", place.type()).append(',');
                field(out, "line1", place.line1()).append(',');
                field(out, "town", place.town()).append(',');
                field(out, "postcode", place.postcode());
                if (place.from() != null) {
                    out.append(',');
                    field(out, "from", place.from().toString());
                }
                if (place.to() != null) {
                    out.append(',');
                    field(out, "to", place.to().toString());
                }
                out.append('}');
            }
            out.append(']');
        }
        if (marker != null) {
            out.append(",\"warningMarkers\":[{");
            field(out, "type", marker.type()).append(',');
            field(out, "from", marker.from().toString()).append("}]");
        }
        out.append('}');
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        return string(out, value);
    }

    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** A lower-case list name as people write it: "o'brien" → "O'Brien", "smith-jones" → "Smith-Jones", "mcdonald" → "McDonald". */
    static String capitalised(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'' || (c == 'c' && i == 1 && name.charAt(0) == 'm' && name.length() > 3);
        }
        return out.toString();
    }
}
