package uk.peel.gazetteer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a postcode file (the shipped Trafford file or a national ONS Postcode Directory; columns in
 * {@link PostcodeFile}) into the gazetteer, upserting by postcode: running it again changes nothing, and a newer
 * directory updates what moved. Each row is checked on its own: a rejected row is reported with its line number
 * and every problem, and never stops the good rows. Good rows go in batches of {@value #BATCH}, each in its own
 * transaction by PostgreSQL COPY, so millions of rows load at COPY speed and a failure loses at most one batch.
 *
 * <p>Postcodes and the areas they lie in are not personal data, so imports are logged, not audited.
 */
@Service
public class GazetteerImport {

    private static final Logger log = LoggerFactory.getLogger(GazetteerImport.class);
    static final int BATCH = 10_000;

    private final Postcodes postcodes;
    private final TransactionTemplate transactions;

    GazetteerImport(Postcodes postcodes, TransactionTemplate transactions) {
        this.postcodes = postcodes;
        this.transactions = transactions;
    }

    /** A row that was not stored: its line in the file (the header is line 1) and everything wrong with it. */
    public record Rejected(long line, List<String> errors) {
        public Rejected {
            errors = List.copyOf(errors);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + String.join("; ", errors);
        }
    }

    /**
     * What an import did.
     *
     * @param created postcodes new to the gazetteer
     * @param updated postcodes whose details changed
     * @param unchanged postcodes already held exactly as the file has them
     * @param problem why the file could not be read to its end, or null if it was
     */
    public record Totals(long created, long updated, long unchanged, long rejected, String problem) {
        public long accepted() {
            return created + updated + unchanged;
        }
    }

    /** Imports a CSV postcode file, telling {@code rejections} about each rejected row as it is found. */
    public Totals importFile(Reader csv, Consumer<Rejected> rejections) {
        long[] rejected = {0};
        Consumer<Rejected> counted = row -> {
            rejected[0]++;
            rejections.accept(row);
        };
        PostcodeFile file;
        try {
            file = new PostcodeFile(csv);
        } catch (GazetteerFileException e) {
            return new Totals(0, 0, 0, 0, e.getMessage());
        }
        Batch batch = new Batch(file.columns(), counted);
        String problem = null;
        try {
            file.forEach(row -> {
                if (row.isValid()) {
                    batch.add(row);
                } else {
                    counted.accept(new Rejected(row.line(), row.errors()));
                }
            });
        } catch (GazetteerFileException e) {
            problem = e.getMessage();
        } finally {
            batch.flush();
        }
        return new Totals(batch.created, batch.updated, batch.unchanged, rejected[0], problem);
    }

    /**
     * Rows waiting to be stored together. One upsert cannot touch a postcode twice, so a postcode already waiting
     * sends the batch off first: the later row in the file wins, as it would row by row.
     */
    private final class Batch {
        private final Set<PostcodeFile.Column> columns;
        private final Consumer<Rejected> rejections;
        private final List<PostcodeRow> pending = new ArrayList<>(BATCH);
        private final Set<Postcode> waiting = new HashSet<>();
        long created;
        long updated;
        long unchanged;

        Batch(Set<PostcodeFile.Column> columns, Consumer<Rejected> rejections) {
            this.columns = columns;
            this.rejections = rejections;
        }

        void add(PostcodeRow row) {
            if (!waiting.add(row.location().postcode())) {
                flush();
                waiting.add(row.location().postcode());
            }
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Location> locations = pending.stream().map(PostcodeRow::location).toList();
            try {
                Postcodes.Upserted done = transactions.execute(status -> postcodes.upsert(locations, columns));
                created += done.created();
                updated += done.updated();
                unchanged += done.unchanged();
            } catch (DataAccessException | IllegalStateException e) {
                long first = pending.getFirst().line();
                long last = pending.getLast().line();
                log.error("Gazetteer batch of {} rows from line {} could not be stored", pending.size(), first, e);
                String why = "could not be stored: the database refused the batch (" + e.getMessage()
                        + "); nothing from lines " + first + "-" + last + " was stored; import the file again to retry";
                pending.forEach(row -> rejections.accept(new Rejected(row.line(), List.of(why))));
            }
            pending.clear();
            waiting.clear();
        }
    }
}
