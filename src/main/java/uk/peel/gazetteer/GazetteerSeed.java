package uk.peel.gazetteer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty gazetteer with the Trafford postcodes Peel ships (see {@code gazetteer/README.md}), so a fresh
 * Peel can place incidents at once. In one transaction under an advisory lock, so two nodes starting together
 * load it once; the upsert makes a repeat harmless anyway.
 */
@Component
@Order(5)
class GazetteerSeed implements ApplicationRunner {

    static final String SHIPPED = "gazetteer/trafford-postcodes.csv";
    private static final Logger log = LoggerFactory.getLogger(GazetteerSeed.class);
    /** An arbitrary constant naming this lock among the application's advisory locks ("GAZT"). */
    private static final long LOCK = 0x47415a54L;

    private final GazetteerProperties properties;
    private final GazetteerImport importer;
    private final Postcodes postcodes;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    GazetteerSeed(GazetteerProperties properties, GazetteerImport importer, Postcodes postcodes, JdbcClient jdbc,
                  TransactionTemplate transactions) {
        this.properties = properties;
        this.importer = importer;
        this.postcodes = postcodes;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed()) {
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            // Call taking must not wait on reference data: Peel runs, and lookups answer "not found" until an import.
            log.error("Could not load the shipped gazetteer; Peel runs without it until `peel import gazetteer`", e);
        }
    }

    private void seed() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(rs -> { });
            if (!postcodes.isEmpty()) {
                return;
            }
            try (Reader file = new InputStreamReader(new ClassPathResource(SHIPPED).getInputStream(), StandardCharsets.UTF_8)) {
                GazetteerImport.Totals totals = importer.importFile(file, rejected -> log.warn("Shipped gazetteer {}", rejected));
                log.info("Gazetteer was empty: loaded {} Trafford postcodes", totals.accepted());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the shipped gazetteer " + SHIPPED, e);
            }
        });
    }
}
