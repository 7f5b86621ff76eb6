package uk.peel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import uk.peel.platform.database.EmbeddedPostgresServer;

/**
 * The database baseline: what a developer would write with PostgreSQL's own fuzzy matching. Candidates are the
 * people whose surname or forename sounds the same by Double Metaphone ({@code fuzzystrmatch}) or is similar by
 * trigrams ({@code pg_trgm}, default threshold 0.3), or whose date of birth is the same; they are ranked by
 * surname similarity plus forename similarity plus 1 for the same date of birth. Every condition has an index.
 * {@link #surnameKeyed()} is the narrower query often written first, with candidates found by surname only.
 * Runs on a throwaway embedded PostgreSQL, asked over JDBC like an application would.
 */
final class PostgresSearch implements SearchMethod {

    /** Parameters: surname, given name, date of birth, limit (nulls for what the query does not have). */
    static final String ANY_FIELD = """
            with q as (select ?::text as s, ?::text as g, ?::date as d)
            select id from person, q
            where dmetaphone(surname) = dmetaphone(q.s) or surname % q.s
               or dmetaphone(given) = dmetaphone(q.g) or given % q.g
               or dob = q.d
            order by coalesce(similarity(surname, q.s), 0) + coalesce(similarity(given, q.g), 0)
                   + case when dob = q.d then 1 else 0 end desc, id
            limit ?""";

    /** The same ranking over the people whose surname sounds or looks like the query's only. */
    static final String SURNAME_ONLY = """
            with q as (select ?::text as s, ?::text as g, ?::date as d)
            select id from person, q
            where dmetaphone(surname) = dmetaphone(q.s) or surname % q.s
            order by coalesce(similarity(surname, q.s), 0) + coalesce(similarity(given, q.g), 0)
                   + case when dob = q.d then 1 else 0 end desc, id
            limit ?""";

    private final Path directory;
    private final EmbeddedPostgresServer server;
    private final Connection connection;
    private final PreparedStatement anyField;
    private final PreparedStatement surnameOnly;

    PostgresSearch(List<FebrlRecord> records) {
        try {
            this.directory = Files.createTempDirectory("peel-bench-pg");
            this.server = EmbeddedPostgresServer.start(directory);
            this.connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
            load(records);
            this.anyField = connection.prepareStatement(ANY_FIELD);
            this.surnameOnly = connection.prepareStatement(SURNAME_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the benchmark database", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the PostgreSQL baseline: " + e.getMessage(), e);
        }
    }

    private void load(List<FebrlRecord> records) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create extension pg_trgm");
            ddl.execute("create extension fuzzystrmatch");
            ddl.execute("create table person (id text primary key, given text not null, surname text not null, dob date)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into person values (?, ?, ?, ?)")) {
            for (FebrlRecord record : records) {
                insert.setString(1, record.id());
                insert.setString(2, record.givenName());
                insert.setString(3, record.surname());
                insert.setObject(4, record.dateOfBirth().map(Date::valueOf).orElse(null), Types.DATE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index person_surname_trgm on person using gin (surname gin_trgm_ops)");
            ddl.execute("create index person_given_trgm on person using gin (given gin_trgm_ops)");
            ddl.execute("create index person_surname_sound on person (dmetaphone(surname))");
            ddl.execute("create index person_given_sound on person (dmetaphone(given))");
            ddl.execute("create index person_dob on person (dob)");
            ddl.execute("analyze person");
        }
    }

    @Override
    public String key() {
        return "pg";
    }

    @Override
    public String description() {
        return "PostgreSQL " + version() + ": dmetaphone or pg_trgm % on surname/forename, or same dob; "
                + "ranked by similarity(surname)+similarity(given)+1 for same dob";
    }

    private String version() {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            return "(version unknown)";
        }
    }

    @Override
    public List<String> search(FebrlRecord query, int limit) {
        return search(anyField, query, limit);
    }

    /** The narrower query, on the same server and table; closing it leaves both open. */
    SearchMethod surnameKeyed() {
        return new SearchMethod() {
            @Override
            public String key() {
                return "pg_surname_only";
            }

            @Override
            public String description() {
                return "the same ranking, candidates by surname dmetaphone or pg_trgm % only";
            }

            @Override
            public List<String> search(FebrlRecord query, int limit) {
                return PostgresSearch.this.search(surnameOnly, query, limit);
            }

            @Override
            public void close() {
                // The server belongs to the enclosing PostgresSearch.
            }
        };
    }

    private List<String> search(PreparedStatement statement, FebrlRecord query, int limit) {
        // A blank name is no criterion: null makes its conditions unknown and its similarity 0.
        try {
            statement.setString(1, query.surname().isBlank() ? null : query.surname());
            statement.setString(2, query.givenName().isBlank() ? null : query.givenName());
            statement.setObject(3, query.dateOfBirth().map(Date::valueOf).orElse(null), Types.DATE);
            statement.setInt(4, limit);
            List<String> ids = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL search failed for " + query + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The server is about to stop anyway.
        } finally {
            server.close();
            BenchDirectory.deleteTree(directory);
        }
    }

}
