package uk.peel.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The two baselines as SQL against the same database Peel is using, so that latency is compared on the
 * same people and machine: the PostgreSQL trigram/Double Metaphone query of the quality benchmark
 * ({@link PostgresSearch#ANY_FIELD}, unchanged) and a Soundex exact-key query on surname and forename (as legacy
 * systems search). Both run over a copy of each person's primary name and first date of birth in a schema of
 * their own, {@value #SCHEMA}, with the extensions installed there: Peel's own tables are only read, never altered.
 */
final class PostgresBaselines {

    static final String SCHEMA = "peel_bench";

    /** Parameters: surname, forename, date of birth, limit. */
    static final String SOUNDEX_KEY = """
            select id from person
            where soundex(surname) = soundex(?) and soundex(given) = soundex(?)
            order by dob is not distinct from ?::date desc, id
            limit ?""";

    private final String url;
    private final String user;

    PostgresBaselines(int port) {
        this.url = "jdbc:postgresql://127.0.0.1:" + port + "/peel?currentSchema=" + SCHEMA + ",public";
        this.user = "postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /**
     * Copies the current people into the baseline table and indexes it, unless a copy with as many people is
     * already there (a kept data directory). Answers the seconds it took (0 when reused).
     */
    double prepare(long people) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("create schema if not exists " + SCHEMA);
            sql.execute("create extension if not exists pg_trgm schema " + SCHEMA);
            sql.execute("create extension if not exists fuzzystrmatch schema " + SCHEMA);
            if (copied(sql) == people) {
                return 0;
            }
            sql.execute("drop table if exists " + SCHEMA + ".person");
            sql.execute("""
                    create table %s.person as
                    select id::text as id, lower(split_part(forenames, ' ', 1)) as given, lower(surname) as surname,
                           case when details->'datesOfBirth'->>0 ~ '^\\d{4}-\\d{2}-\\d{2}$'
                                then (details->'datesOfBirth'->>0)::date end as dob
                    from public.person""".formatted(SCHEMA));
            sql.execute("alter table " + SCHEMA + ".person add primary key (id)");
            sql.execute("set maintenance_work_mem = '512MB'");
            sql.execute("create index on " + SCHEMA + ".person using gin (surname gin_trgm_ops)");
            sql.execute("create index on " + SCHEMA + ".person using gin (given gin_trgm_ops)");
            sql.execute("create index on " + SCHEMA + ".person (dmetaphone(surname))");
            sql.execute("create index on " + SCHEMA + ".person (dmetaphone(given))");
            sql.execute("create index on " + SCHEMA + ".person (dob)");
            sql.execute("create index on " + SCHEMA + ".person (soundex(surname), soundex(given))");
            sql.execute("analyze " + SCHEMA + ".person");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static long copied(Statement sql) throws SQLException {
        try (ResultSet exists = sql.executeQuery("select to_regclass('" + SCHEMA + ".person') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return -1;
            }
        }
        try (ResultSet count = sql.executeQuery("select count(*) from " + SCHEMA + ".person")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** A client asking {@code query} (one of the SQL texts above) with its own connection. */
    LoadClients.Clients clients(String query, int limit) {
        return () -> {
            Connection connection = connect();
            PreparedStatement statement = connection.prepareStatement(query);
            return new LoadClients.Client() {
                @Override
                public List<String> search(LatencyQueries.Query q) throws SQLException {
                    statement.setString(1, q.surname());
                    statement.setString(2, q.forename());
                    statement.setObject(3, q.dateOfBirth() == null ? null : Date.valueOf(q.dateOfBirth()), Types.DATE);
                    statement.setInt(4, limit);
                    List<String> ids = new ArrayList<>(limit);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getString(1));
                        }
                    }
                    return ids;
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        };
    }
}
