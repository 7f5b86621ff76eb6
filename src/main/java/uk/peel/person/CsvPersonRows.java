package uk.peel.person;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export, the form most legacy records systems can produce. The header names the columns (any order,
 * any case); only {@code surname} is required. Cells holding several values separate them with ";". Every
 * problem in a row is reported against its column, so whoever prepared the file can find and fix it.
 *
 * <pre>
 * source_id, surname, forenames, dates_of_birth, gender, self_defined_ethnicity, officer_defined_ethnicity,
 * aliases, address_type, address_line1, address_line2, town, postcode, address_from, address_to,
 * identifiers, warning_markers
 * </pre>
 */
final class CsvPersonRows {

    static final List<String> COLUMNS = List.of("source_id", "surname", "forenames", "dates_of_birth", "gender",
            "self_defined_ethnicity", "officer_defined_ethnicity", "aliases", "address_type", "address_line1",
            "address_line2", "town", "postcode", "address_from", "address_to", "identifiers", "warning_markers");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .setTrim(true).get();

    void read(Reader input, Consumer<ImportRow> rows) {
        try (CSVParser parser = CSVParser.parse(input, FORMAT)) {
            List<String> headers = parser.getHeaderNames();
            checkHeader(headers);
            for (CSVRecord record : parser) {
                // The header is line 1; a record is numbered by the line it ends on, as an editor shows it.
                rows.accept(row(parser.getCurrentLineNumber(), new Cells(record, headers)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import", e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting as an unchecked IOException with the line in its message.
            throw new ImportFileException("the CSV file is malformed: " + e.getMessage());
        }
    }

    private static void checkHeader(List<String> headers) {
        Set<String> unknown = new TreeSet<>();
        headers.forEach(header -> {
            if (!COLUMNS.contains(normalise(header))) {
                unknown.add(header);
            }
        });
        if (!unknown.isEmpty()) {
            throw new ImportFileException("the header names columns Peel does not know: " + String.join(", ", unknown)
                    + ". The columns are: " + String.join(", ", COLUMNS));
        }
        if (headers.stream().map(CsvPersonRows::normalise).noneMatch("surname"::equals)) {
            throw new ImportFileException("the header has no surname column. The columns are: " + String.join(", ", COLUMNS));
        }
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private ImportRow row(long line, Cells cells) {
        List<String> errors = new ArrayList<>();
        if (!cells.consistent()) {
            return ImportRow.invalid(line, List.of("the row has " + cells.record.size() + " cells but the header has "
                    + cells.headers.size() + " columns"));
        }
        List<PartialDate> dates = new ArrayList<>();
        for (String text : cells.list("dates_of_birth")) {
            try {
                dates.add(PartialDate.parse(text));
            } catch (IllegalArgumentException e) {
                errors.add("dates_of_birth: " + e.getMessage());
            }
        }
        List<Alias> aliases = new ArrayList<>();
        for (String text : cells.list("aliases")) {
            String[] parts = text.split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                errors.add("aliases: '" + text + "' should be forenames|surname or forenames|surname|TYPE");
                continue;
            }
            Alias.Type type = parts.length == 3 && !parts[2].isBlank()
                    ? choice(Alias.Type.class, parts[2], "aliases", errors) : Alias.Type.ALIAS;
            aliases.add(new Alias(blankToNull(parts[0]), blankToNull(parts[1]), type));
        }
        List<Address> addresses = new ArrayList<>();
        if (cells.has("address_line1") || cells.has("postcode") || cells.has("town")) {
            Address.Type type = cells.has("address_type")
                    ? choice(Address.Type.class, cells.get("address_type"), "address_type", errors) : Address.Type.HOME;
            addresses.add(new Address(type, cells.get("address_line1"), cells.get("address_line2"), cells.get("town"),
                    cells.get("postcode"), date(cells, "address_from", errors), date(cells, "address_to", errors)));
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (String text : cells.list("identifiers")) {
            int colon = text.indexOf(':');
            if (colon < 1) {
                errors.add("identifiers: '" + text + "' should be TYPE:value, such as PNC_ID:85/123456K");
                continue;
            }
            Identifier.Type type = choice(Identifier.Type.class, text.substring(0, colon), "identifiers", errors);
            identifiers.add(new Identifier(type, text.substring(colon + 1)));
        }
        List<WarningMarker> markers = new ArrayList<>();
        for (String text : cells.list("warning_markers")) {
            int colon = text.indexOf(':');
            WarningMarker.Type type = choice(WarningMarker.Type.class, colon < 0 ? text : text.substring(0, colon),
                    "warning_markers", errors);
            markers.add(new WarningMarker(type, colon < 0 ? null : blankToNull(text.substring(colon + 1)), null, null));
        }
        Gender gender = cells.has("gender") ? choice(Gender.class, cells.get("gender"), "gender", errors) : null;
        SelfDefinedEthnicity self = cells.has("self_defined_ethnicity")
                ? choice(SelfDefinedEthnicity.class, cells.get("self_defined_ethnicity"), "self_defined_ethnicity", errors) : null;
        OfficerDefinedEthnicity officer = cells.has("officer_defined_ethnicity")
                ? choice(OfficerDefinedEthnicity.class, cells.get("officer_defined_ethnicity"), "officer_defined_ethnicity", errors) : null;
        if (!errors.isEmpty()) {
            return ImportRow.invalid(line, errors);
        }
        PersonDetails details = new PersonDetails(cells.get("forenames"), cells.get("surname"), aliases, dates, gender,
                self, officer, addresses, identifiers, markers);
        return ImportRow.valid(line, cells.get("source_id"), details);
    }

    private static LocalDate date(Cells cells, String column, List<String> errors) {
        if (!cells.has(column)) {
            return null;
        }
        try {
            return LocalDate.parse(cells.get(column));
        } catch (DateTimeParseException e) {
            errors.add(column + ": '" + cells.get(column) + "' is not a date: use YYYY-MM-DD");
            return null;
        }
    }

    /** An enum constant by name, forgiving case, spaces and hyphens ("Nickname", "pnc id"). */
    private static <E extends Enum<E>> E choice(Class<E> type, String text, String column, List<String> errors) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        errors.add(column + ": '" + text.strip() + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A record's cells by normalised column name; blank cells read as absent. */
    private record Cells(CSVRecord record, List<String> headers) {

        boolean consistent() {
            return record.isConsistent();
        }

        boolean has(String column) {
            return get(column) != null;
        }

        String get(String column) {
            for (int i = 0; i < headers.size() && i < record.size(); i++) {
                if (normalise(headers.get(i)).equals(column)) {
                    return blankToNull(record.get(i));
                }
            }
            return null;
        }

        List<String> list(String column) {
            String cell = get(column);
            return cell == null ? List.of()
                    : Arrays.stream(cell.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
    }
}
