package uk.peel.investigation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * The Home Office outcome types an investigation is finalised with, read once at start from
 * {@code peel.investigation.outcome-types} (Peel ships the national list with its data.police.uk mapping; see
 * {@code investigation/README.md}).
 */
@Component
public class OutcomeTypes {

    /** What data.police.uk shows for a crime that has no outcome yet. */
    public static final String UNDER_INVESTIGATION = "Under investigation";

    private final Map<String, OutcomeType> byCode = new LinkedHashMap<>();

    OutcomeTypes(@Value("${peel.investigation.outcome-types:classpath:investigation/outcome-types.csv}") Resource list) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                OutcomeType type = new OutcomeType(row.get("code").strip(), row.get("description").strip(),
                        row.get("police_uk_outcome_type").strip(), row.get("police_uk_last_outcome_category").strip());
                if (type.code().isEmpty() || type.policeUkOutcomeType().isEmpty() || type.policeUkLastOutcomeCategory().isEmpty()) {
                    throw new IllegalStateException(list + " line " + row.getRecordNumber() + ": every column needs a value");
                }
                if (byCode.put(type.code().toUpperCase(Locale.ROOT), type) != null) {
                    throw new IllegalStateException(list + " line " + row.getRecordNumber() + ": outcome " + type.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outcome types " + list, e);
        }
    }

    public List<OutcomeType> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<OutcomeType> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    OutcomeType require(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("outcomeType", "Choose the Home Office outcome type")));
        }
        return find(code).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("outcomeType",
                "'" + code.strip() + "' is not a Home Office outcome type; choose one of " + String.join(", ", byCode.keySet())))));
    }

    public String describe(String code) {
        return find(code).map(OutcomeType::describe).orElse(code);
    }
}
