package uk.peel.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.JsonProblems;

/**
 * Bulk loading of person records from a legacy system, one JSON object per line (NDJSON). Each line is checked on
 * its own: a bad line is reported with its number and every problem found, and never stops the good lines from
 * being stored. Good lines are stored in batches, each in its own transaction with its audit entry.
 */
@Service
public class PersonImport {

    private static final Logger log = LoggerFactory.getLogger(PersonImport.class);
    static final int BATCH = 1000;

    private final PersonRecords records;
    private final InputValidation validation;
    private final JsonMapper json;

    PersonImport(PersonRecords records, InputValidation validation, JsonMapper json) {
        this.records = records;
        this.validation = validation;
        this.json = json;
    }

    public record Created(long line, PersonId id) {
    }

    public record Rejected(long line, List<String> errors) {
    }

    public record Report(int accepted, List<Created> created, List<Rejected> rejected) {
    }

    public Report importNdjson(InputStream body, String source) {
        List<Created> created = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Long> pendingLines = new ArrayList<>(BATCH);
        List<PersonDetails> pending = new ArrayList<>(BATCH);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> errors = new ArrayList<>();
                PersonDetails details = parse(text, errors);
                if (details != null) {
                    validation.problems(details).stream().map(FieldProblem::toString).forEach(errors::add);
                }
                if (!errors.isEmpty()) {
                    rejected.add(new Rejected(line, errors));
                    continue;
                }
                pending.add(details);
                pendingLines.add(line);
                if (pending.size() == BATCH) {
                    store(pending, pendingLines, source, created, rejected);
                }
            }
            store(pending, pendingLines, source, created, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import", e);
        }
        return new Report(created.size(), created, rejected);
    }

    private PersonDetails parse(String text, List<String> errors) {
        try {
            PersonDetails details = json.readValue(text, PersonDetails.class);
            if (details == null) {
                errors.add("the line is not a JSON object");
            }
            return details;
        } catch (JacksonException e) {
            errors.add(JsonProblems.describe(e));
            return null;
        }
    }

    private void store(List<PersonDetails> pending, List<Long> lines, String source, List<Created> created,
                       List<Rejected> rejected) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            List<Person> people = records.recordAll(pending, source);
            for (int i = 0; i < people.size(); i++) {
                created.add(new Created(lines.get(i), people.get(i).id()));
            }
        } catch (DataAccessException e) {
            log.error("Import batch of {} lines from line {} could not be stored", pending.size(), lines.getFirst(), e);
            lines.forEach(line -> rejected.add(new Rejected(line, List.of("could not be stored: the database refused the batch ("
                    + e.getMostSpecificCause().getMessage() + "); nothing from lines " + lines.getFirst() + "-" + lines.getLast()
                    + " was stored"))));
        }
        pending.clear();
        lines.clear();
    }
}
