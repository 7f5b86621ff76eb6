package uk.peel.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed incidents chosen by rule, counted and sampled in the database, for audits that judge a random sample of a
 * period's incidents (such as a crime data integrity audit). Reads only the columns that sort and filter, so a
 * year of a large force's incidents is counted without loading them; nothing here shows a caller's details.
 */
@Service
public class IncidentPopulation {

    private final JdbcClient jdbc;

    IncidentPopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which incidents closed in [{@code from}, {@code to}) belong: those closed as crime-related (when
     * {@code crimeRelated}), those opened or closed under one of {@code categories}, and those opened with one of
     * {@code flags}.
     */
    public record Rule(Instant from, Instant to, boolean crimeRelated, Set<String> categories, Set<SafeguardingFlag> flags) {
        public Rule {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            flags = flags == null ? Set.of() : Set.copyOf(flags);
        }
    }

    private static final String WHERE = """
             where i.closed_at >= :from and i.closed_at < :to
               and ((:crimeRelated and i.crime_related)
                    or i.opening_category = any(string_to_array(:categories, ','))
                    or i.closing_category = any(string_to_array(:categories, ','))
                    or jsonb_exists_any(coalesce(i.details -> 'safeguarding', '[]'::jsonb), string_to_array(:flags, ',')))""";

    @Transactional(readOnly = true)
    public long count(Rule rule) {
        return bind(jdbc.sql("select count(*) from incident i " + WHERE), rule).query(Long.class).single();
    }

    /**
     * A simple random sample of {@code size} incidents (all of them if fewer belong), the same for the same rule and
     * seed: each incident's place is the MD5 of the seed and its id, which orders the population uniformly at random
     * and independently of when incidents were created, and taking the first {@code size} is sampling without
     * replacement. Incidents closed in the past do not change, so drawing again later gives the same sample.
     */
    @Transactional(readOnly = true)
    public List<IncidentId> sample(Rule rule, long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a sample has at least one incident");
        }
        return bind(jdbc.sql("select i.id from incident i " + WHERE
                        + " order by md5(:seed || ':' || i.id::text), i.id limit :size"), rule)
                .param("seed", Long.toString(seed)).param("size", size)
                .query((rs, row) -> new IncidentId(rs.getObject(1, UUID.class))).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Rule rule) {
        return statement.param("from", Timestamp.from(rule.from())).param("to", Timestamp.from(rule.to()))
                .param("crimeRelated", rule.crimeRelated())
                .param("categories", String.join(",", rule.categories()))
                .param("flags", String.join(",", rule.flags().stream().map(Enum::name).toList()));
    }
}
