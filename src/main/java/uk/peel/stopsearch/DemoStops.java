package uk.peel.stopsearch;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import uk.peel.platform.database.EmbeddedDatabase;

/**
 * Loads a few real Greater Manchester Police stops (data.police.uk, OGL; see resources/stopsearch/README.md) on the
 * embedded database's first start, so the stops list is not empty in a demo. Never into an external database,
 * and only while there are no stops at all.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "peel.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoStops implements ApplicationRunner {

    static final String FILE = "stopsearch/gmp-stop-and-search-2019-06-sample.csv";
    static final String SOURCE = "data.police.uk, Greater Manchester Police, June 2019 (Open Government Licence v3.0)";

    private static final Logger log = LoggerFactory.getLogger(DemoStops.class);

    private final Stops stops;
    private final ObjectProvider<EmbeddedDatabase> embedded;

    DemoStops(Stops stops, ObjectProvider<EmbeddedDatabase> embedded) {
        this.stops = stops;
        this.embedded = embedded;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embedded.getIfAvailable() == null || stops.count() > 0) {
            return;
        }
        int loaded = 0;
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                stops.load(published(row));
                loaded++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo stops " + FILE, e);
        }
        log.info("Loaded {} demo stops from data.police.uk (Greater Manchester Police, June 2019)", loaded);
    }

    /** One data.police.uk row as a stop, as published: unknown words are left empty rather than guessed. */
    Stop published(CSVRecord row) {
        Instant at = OffsetDateTime.parse(row.get("Date")).toInstant();
        String operation = "True".equalsIgnoreCase(row.get("Part of a policing operation"))
                ? (row.get("Policing operation").isBlank() ? "Part of a policing operation" : row.get("Policing operation")) : null;
        String linked = row.get("Outcome linked to object of search");
        return new Stop(StopId.random(), stops.nextReference(at), StopType.fromLabel(row.get("Type")).orElse(StopType.PERSON_SEARCH), at,
                new StopLocation(null, null, number(row.get("Latitude")), number(row.get("Longitude"))), null, null,
                blank(row.get("Gender")), blank(row.get("Age range")), blank(row.get("Self-defined ethnicity")),
                blank(row.get("Officer-defined ethnicity")), Legislation.fromLabel(row.get("Legislation")).orElse(null), null,
                ObjectOfSearch.fromLabel(row.get("Object of search")).orElse(null), null,
                StopOutcome.fromLabel(row.get("Outcome")).orElse(null), linked.isBlank() ? null : Boolean.valueOf(linked),
                "True".equalsIgnoreCase(row.get("Removal of more than just outer clothing")), operation, "Greater Manchester Police",
                null, null, SOURCE, at, "demo");
    }

    private static Double number(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
