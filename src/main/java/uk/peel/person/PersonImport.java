package uk.peel.person;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;

/**
 * Bulk loading of person records from a legacy system (NDJSON or CSV; see {@link ImportFormat}). Each row is
 * checked on its own: a bad row is reported with its line number and every problem found, and never stops the
 * good rows from being stored. Good rows are stored in batches, each in its own transaction with its audit entry.
 *
 * <p>Importing is idempotent: each row is keyed by its source system and the source's own id for it (or, when
 * the source gives none, a hash of the row), so running the same file again creates nobody twice. A changed row
 * becomes a new version of the record it created, unless an officer has corrected that record in Peel since.
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

    public record Line(long line, PersonId id) {
    }

    public record Rejected(long line, List<String> errors) {
    }

    /**
     * Everything an import did, row by row, for the API's answer.
     *
     * @param accepted rows stored or already on record (created + updated + unchanged)
     * @param problem why the file could not be read to its end, or null if it was
     */
    public record Report(int accepted, List<Line> created, List<Line> updated, List<Line> unchanged,
                         List<Rejected> rejected, String problem) {
    }

    /** How many rows each way, for a command-line import of millions of rows that reports rejections as it goes. */
    public record Totals(long created, long updated, long unchanged, long rejected, String problem) {
        public long accepted() {
            return created + updated + unchanged;
        }
    }

    /** Imports a whole file and answers what happened to every row. */
    public Report importFile(InputStream body, ImportFormat format, String source) {
        List<Line> created = new ArrayList<>();
        List<Line> updated = new ArrayList<>();
        List<Line> unchanged = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Totals totals = importFile(body, format, source, outcome -> {
            switch (outcome.kind()) {
                case CREATED -> created.add(new Line(outcome.line(), outcome.id()));
                case UPDATED -> updated.add(new Line(outcome.line(), outcome.id()));
                case UNCHANGED -> unchanged.add(new Line(outcome.line(), outcome.id()));
                case REJECTED -> rejected.add(new Rejected(outcome.line(), outcome.errors()));
            }
        });
        return new Report(Math.toIntExact(totals.accepted()), created, updated, unchanged, rejected, totals.problem());
    }

    /** Imports a whole file, telling {@code each} what happened to every row as its batch is stored. */
    public Totals importFile(InputStream body, ImportFormat format, String source, Consumer<ImportOutcome> each) {
        String system = checkedSource(source);
        long[] counts = new long[ImportOutcome.Kind.values().length];
        Consumer<ImportOutcome> counted = outcome -> {
            counts[outcome.kind().ordinal()]++;
            each.accept(outcome);
        };
        Batch batch = new Batch(system, counted);
        String problem = null;
        try {
            format.read(new InputStreamReader(body, StandardCharsets.UTF_8), json, row -> batch.add(checked(row)));
        } catch (ImportFileException e) {
            problem = e.getMessage();
        } finally {
            batch.flush();
        }
        return new Totals(counts[0], counts[1], counts[2], counts[3], problem);
    }

    private static String checkedSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Name the system the records come from (source), such as LEGACY-RMS");
        }
        if (source.strip().length() > 100) {
            throw new IllegalArgumentException("The source name can be at most 100 characters");
        }
        return source.strip();
    }

    private ImportRow checked(ImportRow row) {
        if (!row.isValid()) {
            return row;
        }
        List<FieldProblem> problems = validation.problems(row.details());
        return problems.isEmpty() ? row
                : ImportRow.invalid(row.line(), problems.stream().map(FieldProblem::toString).toList());
    }

    /** Rows waiting to be stored together; a row whose key is already waiting is stored after it, not with it. */
    private final class Batch {
        private final String source;
        private final Consumer<ImportOutcome> each;
        private final List<PersonRecords.SourcedDetails> pending = new ArrayList<>(BATCH);
        private final Set<String> pendingRefs = new HashSet<>();

        Batch(String source, Consumer<ImportOutcome> each) {
            this.source = source;
            this.each = each;
        }

        void add(ImportRow row) {
            if (!row.isValid()) {
                each.accept(ImportOutcome.rejected(row.line(), row.errors()));
                return;
            }
            String hash = DigestUtils.sha256Hex(json.writeValueAsString(row.details()));
            String ref = row.sourceId() != null ? row.sourceId() : "sha256:" + hash;
            if (pendingRefs.contains(ref)) {
                flush();
            }
            pending.add(new PersonRecords.SourcedDetails(row.line(), ref, hash, row.details()));
            pendingRefs.add(ref);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                records.importBatch(source, pending).forEach(each);
            } catch (DataAccessException e) {
                long first = pending.getFirst().line();
                long last = pending.getLast().line();
                log.error("Import batch of {} rows from line {} could not be stored", pending.size(), first, e);
                String why = "could not be stored: the database refused the batch (" + e.getMostSpecificCause().getMessage()
                        + "); nothing from lines " + first + "-" + last + " was stored; import the file again to retry";
                pending.forEach(row -> each.accept(ImportOutcome.rejected(row.line(), List.of(why))));
            }
            pending.clear();
            pendingRefs.clear();
        }
    }
}
