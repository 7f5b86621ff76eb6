package uk.peel.person;

import java.io.Reader;
import java.util.Locale;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

/** The file formats a legacy export can come in. Columns and fields are documented in docs/operations.md. */
public enum ImportFormat {
    /** One person JSON object per line, as the API takes it, with an optional {@code sourceId}. */
    NDJSON,
    /** A header row naming the columns, then one person per row (RFC 4180 quoting). */
    CSV;

    /** The format a file name says it is in, or null when it does not say. */
    public static ImportFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return NDJSON;
        }
        return null;
    }

    void read(Reader input, JsonMapper json, Consumer<ImportRow> rows) {
        switch (this) {
            case NDJSON -> new NdjsonPersonRows(json).read(input, rows);
            case CSV -> new CsvPersonRows().read(input, rows);
        }
    }
}
