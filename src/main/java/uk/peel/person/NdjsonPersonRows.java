package uk.peel.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.peel.platform.JsonProblems;

/** Reads NDJSON: each non-blank line one person, as the API's person JSON plus an optional "sourceId". */
final class NdjsonPersonRows {

    static final String SOURCE_ID = "sourceId";

    private final JsonMapper json;

    NdjsonPersonRows(JsonMapper json) {
        this.json = json;
    }

    void read(Reader input, Consumer<ImportRow> rows) {
        try (BufferedReader reader = new BufferedReader(input, 1 << 16)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    rows.accept(row(line, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import", e);
        }
    }

    private ImportRow row(long line, String text) {
        List<String> errors = new ArrayList<>();
        try {
            JsonNode node = json.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                return ImportRow.invalid(line, List.of("the line is not a JSON object"));
            }
            String sourceId = null;
            JsonNode id = object.remove(SOURCE_ID);
            if (id != null && !id.isNull()) {
                if (!id.isString() && !id.isNumber() || id.asString().isBlank() || id.asString().length() > 200) {
                    errors.add(SOURCE_ID + ": must be a non-empty string of at most 200 characters");
                } else {
                    sourceId = id.asString().strip();
                }
            }
            PersonDetails details = json.treeToValue(object, PersonDetails.class);
            return errors.isEmpty() ? ImportRow.valid(line, sourceId, details) : ImportRow.invalid(line, errors);
        } catch (JacksonException e) {
            errors.add(JsonProblems.describe(e));
            return ImportRow.invalid(line, errors);
        }
    }
}
