package uk.peel.gazetteer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import uk.peel.gazetteer.Coordinates.BoundingBox;

/** The {@code gazetteer_postcode} table: reads for the gazetteer, and the bulk upsert imports use. */
@Repository
class Postcodes {

    private static final String COLUMNS = "postcode, latitude, longitude, ward_code, ward_name, msoa_code, msoa_name, "
            + "lsoa_code, lsoa_name, locality, local_authority_code, local_authority_name, terminated";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Postcodes(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    Optional<Location> find(Postcode postcode) {
        return jdbc.sql("select " + COLUMNS + " from gazetteer_postcode where postcode = ?").param(postcode.value())
                .query(Postcodes::location).optional();
    }

    /** In postcode order along the index the prefix is typed against, so the first few come back at once. */
    List<Location> startingWith(PostcodePrefix prefix, int limit) {
        String column = prefix.spaced() ? "postcode" : "postcode_compact";
        return jdbc.sql("select " + COLUMNS + " from gazetteer_postcode where " + column + " like ? order by " + column
                        + " limit ?")
                .params(prefix.pattern(), limit).query(Postcodes::location).list();
    }

    List<Location> within(BoundingBox box) {
        return jdbc.sql("select " + COLUMNS + " from gazetteer_postcode where latitude is not null "
                        + "and point(longitude, latitude) <@ box(point(?, ?), point(?, ?))")
                .params(box.west(), box.south(), box.east(), box.north()).query(Postcodes::location).list();
    }

    /** Every live postcode with a position, in postcode order: the raw material of anonymised map points. */
    List<Location> liveWithCoordinates() {
        return jdbc.sql("select " + COLUMNS + " from gazetteer_postcode where latitude is not null and terminated is null "
                        + "order by postcode").query(Postcodes::location).list();
    }

    long count() {
        return jdbc.sql("select count(*) from gazetteer_postcode").query(Long.class).single();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from gazetteer_postcode)").query(Boolean.class).single();
    }

    record Upserted(int created, int updated, int unchanged) {
    }

    /**
     * Stores a batch of rows with distinct postcodes by COPY into a temporary table, then one upsert from it. Must
     * run in a transaction. A column the file does not have is left as it was; a name column it lacks keeps the
     * stored name only while the area's code is unchanged, so an ONS directory (codes only) never pairs a new code
     * with an old name.
     */
    Upserted upsert(List<Location> batch, Set<PostcodeFile.Column> present) {
        // Dropped at commit; created only once when several batches share a transaction (the seed's).
        jdbc.sql("create temp table if not exists gazetteer_staging (postcode text collate \"C\", latitude double precision, "
                + "longitude double precision, ward_code text, ward_name text, msoa_code text, msoa_name text, "
                + "lsoa_code text, lsoa_name text, locality text, local_authority_code text, local_authority_name text, "
                + "terminated date) on commit drop").update();
        jdbc.sql("truncate gazetteer_staging").update();
        copy(batch);
        List<Boolean> created = jdbc.sql(upsertSql(present)).query((rs, n) -> rs.getBoolean(1)).list();
        int inserted = (int) created.stream().filter(Boolean::booleanValue).count();
        return new Upserted(inserted, created.size() - inserted, batch.size() - created.size());
    }

    private void copy(List<Location> batch) {
        StringBuilder csv = new StringBuilder(batch.size() * 160);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Location l : batch) {
                Coordinates at = l.coordinates();
                printer.printRecord(l.postcode().value(), at == null ? null : at.latitude(), at == null ? null : at.longitude(),
                        code(l.ward()), name(l.ward()), code(l.msoa()), name(l.msoa()), code(l.lsoa()), name(l.lsoa()),
                        l.locality(), code(l.localAuthority()), name(l.localAuthority()),
                        l.terminated() == null ? null : l.terminated().atDay(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The transaction's own connection, so the COPY and the upsert after it see the same temporary table.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy gazetteer_staging (" + COLUMNS + ") from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not copy postcodes into the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String upsertSql(Set<PostcodeFile.Column> present) {
        List<String> columns = List.of(COLUMNS.split(", ")).subList(1, 13);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(newValue(column, present));
        }
        String set = columns.stream().map(c -> c + " = " + newValue(c, present)).collect(Collectors.joining(", "));
        String before = columns.stream().map(c -> "p." + c).collect(Collectors.joining(", "));
        return "insert into gazetteer_postcode as p (" + COLUMNS + ") select " + COLUMNS + " from gazetteer_staging "
                + "on conflict (postcode) do update set " + set + ", updated_at = now() "
                + "where (" + before + ") is distinct from (" + String.join(", ", values) + ") "
                // xmax is 0 on a row version no transaction has replaced: the row was inserted, not updated.
                + "returning (xmax = 0)";
    }

    private static String newValue(String column, Set<PostcodeFile.Column> present) {
        PostcodeFile.Column field = PostcodeFile.Column.stored(column);
        if (present.contains(field)) {
            return "excluded." + column;
        }
        PostcodeFile.Column code = field.codeOfName();
        if (code != null && present.contains(code)) {
            String codeColumn = code.column();
            return "case when excluded." + codeColumn + " is not distinct from p." + codeColumn + " then p." + column + " end";
        }
        return "p." + column;
    }

    private static String code(Area area) {
        return area == null ? null : area.code();
    }

    private static String name(Area area) {
        return area == null ? null : area.name();
    }

    private static Location location(ResultSet rs, int row) throws SQLException {
        double latitude = rs.getDouble("latitude");
        Coordinates at = rs.wasNull() ? null : new Coordinates(latitude, rs.getDouble("longitude"));
        Date terminated = rs.getDate("terminated");
        return new Location(new Postcode(rs.getString("postcode")), at,
                Area.of(rs.getString("ward_code"), rs.getString("ward_name")),
                Area.of(rs.getString("lsoa_code"), rs.getString("lsoa_name")),
                Area.of(rs.getString("msoa_code"), rs.getString("msoa_name")),
                rs.getString("locality"),
                Area.of(rs.getString("local_authority_code"), rs.getString("local_authority_name")),
                terminated == null ? null : YearMonth.from(terminated.toLocalDate()));
    }
}
