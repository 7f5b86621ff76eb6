package uk.peel.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/** Warnings about places: recorded, found by postcode or near a point, and withdrawn (never deleted or edited). */
@Service
public class LocationWarnings {

    /** About 60 metres: a warning placed by coordinates applies to calls from the same building or its neighbours. */
    private static final double NEAR_DEGREES = 0.0006;

    private final JdbcClient jdbc;
    private final InputValidation validation;
    private final Clock clock;

    LocationWarnings(JdbcClient jdbc, InputValidation validation, Clock clock) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public LocationWarning record(IncidentLocation location, LocationWarning.Type type, String details) {
        if (location == null || (location.postcode() == null && !location.hasPosition())) {
            throw new InvalidInputException(List.of(new FieldProblem("location", "give a postcode or coordinates")));
        }
        validation.check(location);
        if (type == null) {
            throw new InvalidInputException(List.of(new FieldProblem("type", "choose the kind of warning")));
        }
        if (details != null && details.length() > 2_000) {
            throw new InvalidInputException(List.of(new FieldProblem("details", "must be at most 2,000 characters")));
        }
        LocationWarning warning = new LocationWarning(UUID.randomUUID(), location, type,
                details == null || details.isBlank() ? null : details.strip(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), CurrentUser.username(), null, null, null);
        jdbc.sql("""
                        insert into location_warning (id, postcode, address, latitude, longitude, type, details, created_at, created_by)
                        values (:id, :postcode, :address, :lat, :lon, :type, :details, :at, :by)""")
                .param("id", warning.id()).param("postcode", location.postcode()).param("address", location.address())
                .param("lat", location.latitude()).param("lon", location.longitude()).param("type", type.name())
                .param("details", warning.details()).param("at", Timestamp.from(warning.createdAt()))
                .param("by", warning.createdBy()).update();
        return warning;
    }

    @Transactional
    public void withdraw(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "say why the warning no longer applies")));
        }
        int updated = jdbc.sql("""
                        update location_warning set withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :reason
                         where id = :id and withdrawn_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("by", CurrentUser.username())
                .param("reason", reason.strip()).param("id", id).update();
        if (updated != 1) {
            throw new java.util.NoSuchElementException("There is no active location warning " + id);
        }
    }

    /** Active warnings at this postcode or within about 60 metres of the point. */
    @Transactional(readOnly = true)
    public List<LocationWarning> at(IncidentLocation location) {
        if (location == null || (location.postcode() == null && !location.hasPosition())) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from location_warning
                         where withdrawn_at is null
                           and ((:postcode::text is not null and postcode = :postcode)
                             or (:lat::float8 is not null and latitude between :lat::float8 - :near and :lat::float8 + :near
                                 and longitude between :lon::float8 - :near * 1.7 and :lon::float8 + :near * 1.7))
                         order by created_at desc limit 50""")
                .param("postcode", location.postcode()).param("lat", location.latitude())
                .param("lon", location.longitude()).param("near", NEAR_DEGREES)
                .query(this::warning).list();
    }

    private LocationWarning warning(ResultSet rs, int row) throws SQLException {
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        Double lat = rs.getObject("latitude") == null ? null : rs.getDouble("latitude");
        Double lon = rs.getObject("longitude") == null ? null : rs.getDouble("longitude");
        return new LocationWarning(rs.getObject("id", UUID.class),
                new IncidentLocation(rs.getString("postcode"), rs.getString("address"), lat, lon),
                LocationWarning.Type.valueOf(rs.getString("type")), rs.getString("details"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_by"), rs.getString("withdrawn_reason"));
    }
}
