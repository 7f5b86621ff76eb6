package uk.peel.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a postcode file: the Trafford file Peel ships, or the ONS Postcode Directory (ONSPD) for the whole country,
 * whose column names change between releases ({@code lsoa11} became {@code lsoa21cd}; wards and local authorities
 * carry the year of their boundaries, {@code wd25cd}, {@code lad25cd}). Each field is taken from the first column
 * present in its list of names; a name with a year takes the latest year in the file. Other columns are ignored,
 * so a full ONSPD file with its fifty columns reads as it comes. The accepted names are listed in
 * docs/operations.md.
 */
final class PostcodeFile {

    /** In a list of column names: here, the column named with a year, latest year first ({@code wd25cd}). */
    private static final String DATED = "*";

    /** The fields Peel keeps, with the column names each is accepted under, preferred first. */
    enum Column {
        POSTCODE("postcode", null, "pcds", "postcode", "pcd", "pcd2", "pcd7", "pcd8"),
        LATITUDE("latitude", null, "lat", "latitude"),
        LONGITUDE("longitude", null, "long", "lon", "longitude", "lng"),
        WARD_CODE("ward_code", "wd\\d\\dcd", "ward_code", DATED, "osward"),
        WARD_NAME("ward_name", "wd\\d\\dnm", "ward_name", DATED),
        MSOA_CODE("msoa_code", null, "msoa_code", "msoa21cd", "msoa21", "msoa11cd", "msoa11"),
        MSOA_NAME("msoa_name", null, "msoa_name", "msoa21nm", "msoa11nm", "msoa_hcl_name"),
        LSOA_CODE("lsoa_code", null, "lsoa_code", "lsoa21cd", "lsoa21", "lsoa11cd", "lsoa11"),
        LSOA_NAME("lsoa_name", null, "lsoa_name", "lsoa21nm", "lsoa11nm"),
        LOCALITY("locality", null, "locality"),
        LOCAL_AUTHORITY_CODE("local_authority_code", "lad\\d\\dcd", "la_code", "local_authority_code", DATED, "oslaua"),
        LOCAL_AUTHORITY_NAME("local_authority_name", "lad\\d\\dnm", "la_name", "local_authority_name", DATED),
        TERMINATED("terminated", null, "doterm", "terminated");

        private final String column;
        private final Pattern dated;
        private final List<String> names;

        Column(String column, String dated, String... names) {
            this.column = column;
            this.dated = dated == null ? null : Pattern.compile(dated);
            this.names = List.of(names);
        }

        /** The table column this field is stored in. */
        String column() {
            return column;
        }

        /** The accepted column names, in preference order, for messages and documentation. */
        List<String> names() {
            return names.stream().map(n -> n.equals(DATED) ? dated.pattern().replace("\\d\\d", "NN") : n).toList();
        }

        static Column stored(String column) {
            for (Column c : values()) {
                if (c.column.equals(column)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no field is stored in " + column);
        }

        /** For a name field, the code field it names; else null. */
        Column codeOfName() {
            return switch (this) {
                case WARD_NAME -> WARD_CODE;
                case MSOA_NAME -> MSOA_CODE;
                case LSOA_NAME -> LSOA_CODE;
                case LOCAL_AUTHORITY_NAME -> LOCAL_AUTHORITY_CODE;
                default -> null;
            };
        }

        /** The header index this field is read from: an exact name first, in preference order, else the latest year. */
        private Integer find(List<String> headers) {
            for (String name : names) {
                int index = name.equals(DATED)
                        ? headers.stream().filter(h -> dated.matcher(h).matches()).max(Comparator.naturalOrder())
                                .map(headers::indexOf).orElse(-1)
                        : headers.indexOf(name);
                if (index >= 0) {
                    return index;
                }
            }
            return null;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    /** GSS codes (E05015247), ONS pseudo-codes (L99999999) and Northern Ireland's older area codes (95AA01S1). */
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z0-9]{1,12}");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-?(\\d{2})");
    /** The ONSPD's way of saying "no grid reference": latitude 99.999999, longitude 0.000000. */
    private static final double NO_GRID_REFERENCE = 99.999999;

    private final CSVParser parser;
    private final Map<Column, Integer> indexes = new EnumMap<>(Column.class);

    PostcodeFile(Reader input) {
        try {
            parser = CSVParser.parse(input, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the postcode file", e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new GazetteerFileException("the header row cannot be read: " + e.getMessage());
        }
        List<String> headers = parser.getHeaderNames().stream().map(PostcodeFile::normalise).toList();
        for (Column column : Column.values()) {
            Integer index = column.find(headers);
            if (index != null) {
                indexes.put(column, index);
            }
        }
        for (Column required : List.of(Column.POSTCODE, Column.LATITUDE, Column.LONGITUDE)) {
            if (!indexes.containsKey(required)) {
                throw new GazetteerFileException("the header has no " + required.column + " column (one of "
                        + String.join(", ", required.names()) + "); it has " + String.join(", ", parser.getHeaderNames()));
            }
        }
    }

    /** The fields this file has columns for. */
    Set<Column> columns() {
        return indexes.isEmpty() ? Set.of() : Set.copyOf(indexes.keySet());
    }

    void forEach(Consumer<PostcodeRow> rows) {
        try (parser) {
            for (CSVRecord record : parser) {
                // The header is line 1; a record is numbered by the line it ends on, as an editor shows it.
                rows.accept(row(parser.getCurrentLineNumber(), record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the postcode file", e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting as an unchecked IOException with the line in its message.
            throw new GazetteerFileException("the CSV file is malformed: " + e.getMessage());
        }
    }

    static String normalise(String header) {
        // A byte-order mark, as spreadsheet programs write, would otherwise hide the first column's name.
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private PostcodeRow row(long line, CSVRecord record) {
        if (!record.isConsistent()) {
            return PostcodeRow.invalid(line, List.of("the row has " + record.size() + " cells but the header has "
                    + parser.getHeaderNames().size() + " columns"));
        }
        List<String> errors = new ArrayList<>();
        Postcode postcode = null;
        String written = cell(record, Column.POSTCODE);
        try {
            postcode = Postcode.parse(written);
        } catch (MalformedPostcodeException e) {
            errors.add("postcode: " + (written == null ? "missing" : e.getMessage()));
        }
        Coordinates coordinates = coordinates(record, errors);
        Area ward = area(record, Column.WARD_CODE, Column.WARD_NAME, errors);
        Area lsoa = area(record, Column.LSOA_CODE, Column.LSOA_NAME, errors);
        Area msoa = area(record, Column.MSOA_CODE, Column.MSOA_NAME, errors);
        Area authority = area(record, Column.LOCAL_AUTHORITY_CODE, Column.LOCAL_AUTHORITY_NAME, errors);
        YearMonth terminated = terminated(record, errors);
        if (!errors.isEmpty()) {
            return PostcodeRow.invalid(line, errors);
        }
        return PostcodeRow.valid(line, new Location(postcode, coordinates, ward, lsoa, msoa, cell(record, Column.LOCALITY),
                authority, terminated));
    }

    private Coordinates coordinates(CSVRecord record, List<String> errors) {
        String latText = cell(record, Column.LATITUDE);
        String lonText = cell(record, Column.LONGITUDE);
        if (latText == null && lonText == null) {
            return null;
        }
        if (latText == null || lonText == null) {
            errors.add((latText == null ? "latitude" : "longitude") + ": missing, though the "
                    + (latText == null ? "longitude" : "latitude") + " is given");
            return null;
        }
        Double latitude = number(latText, "latitude", errors);
        Double longitude = number(lonText, "longitude", errors);
        if (latitude == null || longitude == null) {
            return null;
        }
        if (latitude == NO_GRID_REFERENCE) {
            return null;
        }
        // The directory covers the UK, the Channel Islands and the Isle of Man; anything else is a slip, most often
        // latitude and longitude swapped, and would place an incident in the wrong country.
        if (latitude < 49 || latitude > 61.5 || longitude < -9 || longitude > 2.5) {
            errors.add("latitude " + latText + ", longitude " + lonText + " is outside the British Isles"
                    + (longitude >= 49 && longitude <= 61.5 ? " (are latitude and longitude swapped?)" : ""));
            return null;
        }
        return new Coordinates(latitude, longitude);
    }

    private static Double number(String text, String field, List<String> errors) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field + ": '" + text + "' is not a number of degrees, such as 53.4656");
        return null;
    }

    private Area area(CSVRecord record, Column codeColumn, Column nameColumn, List<String> errors) {
        String code = cell(record, codeColumn);
        if (code != null && !AREA_CODE.matcher(code).matches()) {
            errors.add(codeColumn.column + ": '" + code + "' is not an ONS area code, such as E05015247");
        }
        return Area.of(code, cell(record, nameColumn));
    }

    private YearMonth terminated(CSVRecord record, List<String> errors) {
        String text = cell(record, Column.TERMINATED);
        if (text == null) {
            return null;
        }
        var matcher = YEAR_MONTH.matcher(text);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(matcher.group(1)), month);
            }
        }
        errors.add("terminated: '" + text + "' is not a month: use YYYYMM, as the directory does, or YYYY-MM");
        return null;
    }

    private String cell(CSVRecord record, Column column) {
        Integer index = indexes.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
