package uk.peel.incident;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;

/**
 * The force's incident category list, read once at start from {@code peel.incident.categories} (Peel ships an
 * NSIR-structured list; see {@code incident/README.md}).
 */
@Component
public class IncidentCategories {

    private final Map<String, IncidentCategory> byCode = new LinkedHashMap<>();

    IncidentCategories(@Value("${peel.incident.categories:classpath:incident/nsir-categories.csv}") Resource list) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                IncidentCategory category = new IncidentCategory(row.get("code").strip(), row.get("label").strip(),
                        row.get("group").strip(), Boolean.parseBoolean(row.get("crime_related").strip()));
                if (byCode.put(category.code(), category) != null) {
                    throw new IllegalStateException(list + " line " + row.getRecordNumber() + ": category "
                            + category.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the incident category list " + list, e);
        }
    }

    public List<IncidentCategory> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<IncidentCategory> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    IncidentCategory require(String code, String field) {
        return find(code).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem(field,
                code == null || code.isBlank() ? "Choose a category" : "'" + code + "' is not on the force's category list"))));
    }
}
