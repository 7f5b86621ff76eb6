package uk.peel.person;

import java.util.List;

/**
 * One row of an import file after reading: either the person it describes, or what is wrong with it.
 *
 * @param line the row's line number in the file (1 is the first line; a CSV header is line 1)
 * @param sourceId the source system's own id for the row, if it gave one
 */
record ImportRow(long line, String sourceId, PersonDetails details, List<String> errors) {

    static ImportRow valid(long line, String sourceId, PersonDetails details) {
        return new ImportRow(line, sourceId, details, List.of());
    }

    static ImportRow invalid(long line, List<String> errors) {
        return new ImportRow(line, null, null, List.copyOf(errors));
    }

    boolean isValid() {
        return errors.isEmpty();
    }
}
