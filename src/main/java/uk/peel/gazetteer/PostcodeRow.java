package uk.peel.gazetteer;

import java.util.List;

/** One row of a postcode file: the location it describes, or why it cannot be stored. */
record PostcodeRow(long line, Location location, List<String> errors) {

    PostcodeRow {
        errors = List.copyOf(errors);
    }

    static PostcodeRow valid(long line, Location location) {
        return new PostcodeRow(line, location, List.of());
    }

    static PostcodeRow invalid(long line, List<String> errors) {
        return new PostcodeRow(line, null, errors);
    }

    boolean isValid() {
        return errors.isEmpty();
    }
}
