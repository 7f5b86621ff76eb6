package uk.peel.investigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.crime.CrimeId;
import uk.peel.investigation.InvestigationEntries.LogEntry;
import uk.peel.investigation.InvestigationEntries.Outcome;
import uk.peel.investigation.InvestigationEntries.Plan;
import uk.peel.investigation.InvestigationEntries.Review;
import uk.peel.investigation.InvestigationEntries.Task;
import uk.peel.investigation.InvestigationEntries.VictimContact;
import uk.peel.platform.ConflictException;

/**
 * Stores investigations (current state in {@code investigation}, moved on only from the version it was read at)
 * and their append-only entries: log, plan versions, reviews, victim contacts and outcomes; tasks are ticked off.
 */
@Repository
class InvestigationStore {

    private static final TypeReference<List<String>> LINES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InvestigationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens the investigation unless the crime already has one (the listener and a page may both try). */
    boolean insertIfAbsent(Investigation i) {
        return jdbc.sql("""
                        insert into investigation (crime_id, crn, classification, category, has_victim, opened_at, team, officer,
                                                   supervisor, contact_frequency, review_every_s, next_review_due,
                                                   next_victim_update_due, finalised, version, updated_at)
                        values (:crime, :crn, :classification, :category, :hasVictim, :opened, :team, :officer, :supervisor,
                                :frequency, :every, :reviewDue, :victimDue, :finalised, :version, :updated)
                        on conflict (crime_id) do nothing""")
                .params(columns(i)).update() == 1;
    }

    void update(Investigation next) {
        int updated = jdbc.sql("""
                        update investigation set classification = :classification, category = :category, team = :team,
                               officer = :officer, supervisor = :supervisor, contact_frequency = :frequency,
                               next_review_due = :reviewDue, next_victim_update_due = :victimDue, finalised = :finalised,
                               version = :version, updated_at = :updated
                         where crime_id = :crime and version = :version - 1""")
                .params(columns(next)).update();
        if (updated != 1) {
            throw new ConflictException("The investigation of " + next.crn() + " was changed by someone else a moment ago: look again and retry");
        }
    }

    private static Map<String, Object> columns(Investigation i) {
        Map<String, Object> c = new HashMap<>();
        c.put("crime", i.crimeId().value());
        c.put("crn", i.crn());
        c.put("classification", i.classification());
        c.put("category", i.category());
        c.put("hasVictim", i.hasVictim());
        c.put("opened", Timestamp.from(i.openedAt()));
        c.put("team", i.team());
        c.put("officer", i.officer());
        c.put("supervisor", i.supervisor());
        c.put("frequency", i.contactFrequency().name());
        c.put("every", i.reviewEvery().toSeconds());
        c.put("reviewDue", timestamp(i.nextReviewDue()));
        c.put("victimDue", timestamp(i.nextVictimUpdateDue()));
        c.put("finalised", i.finalised());
        c.put("version", i.version());
        c.put("updated", Timestamp.from(i.updatedAt()));
        return c;
    }

    /** Which of these crimes have an investigation already. */
    java.util.Set<CrimeId> investigated(Collection<CrimeId> crimes) {
        return java.util.Set.copyOf(jdbc.sql("select crime_id from investigation where crime_id = any(:ids)")
                .param("ids", crimes.stream().map(CrimeId::value).toArray(UUID[]::new))
                .query((rs, n) -> new CrimeId(rs.getObject("crime_id", UUID.class))).list());
    }

    Optional<Investigation> find(CrimeId crime) {
        return jdbc.sql("select * from investigation where crime_id = :id").param("id", crime.value()).query(this::investigation).optional();
    }

    Optional<Investigation> findForUpdate(CrimeId crime) {
        return jdbc.sql("select * from investigation where crime_id = :id for update").param("id", crime.value())
                .query(this::investigation).optional();
    }

    /** Open investigations matching a condition on the table's columns, soonest review first. */
    List<Investigation> open(String condition, Map<String, Object> params, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("limit", limit);
        return jdbc.sql("select * from investigation where not finalised and (" + condition + ") "
                        + "order by next_review_due nulls last, crn limit :limit")
                .params(all).query(this::investigation).list();
    }

    void log(CrimeId crime, Instant at, String by, String entry) {
        jdbc.sql("insert into investigation_log (crime_id, at, by_user, entry) values (:crime, :at, :by, :entry)")
                .param("crime", crime.value()).param("at", Timestamp.from(at)).param("by", by).param("entry", entry).update();
    }

    List<LogEntry> log(CrimeId crime) {
        return jdbc.sql("select * from investigation_log where crime_id = :crime order by id").param("crime", crime.value())
                .query((rs, row) -> new LogEntry(instant(rs, "at"), rs.getString("by_user"), rs.getString("entry"))).list();
    }

    void insertPlan(CrimeId crime, Plan plan) {
        jdbc.sql("insert into investigation_plan (crime_id, version, at, by_user, lines) values (:crime, :version, :at, :by, :lines::jsonb)")
                .param("crime", crime.value()).param("version", plan.version()).param("at", Timestamp.from(plan.at()))
                .param("by", plan.by()).param("lines", json.writeValueAsString(plan.lines())).update();
    }

    List<Plan> plans(CrimeId crime) {
        return jdbc.sql("select * from investigation_plan where crime_id = :crime order by version").param("crime", crime.value())
                .query((rs, row) -> new Plan(rs.getInt("version"), instant(rs, "at"), rs.getString("by_user"),
                        json.readValue(rs.getString("lines"), LINES))).list();
    }

    void insertTask(Task task) {
        jdbc.sql("""
                        insert into investigation_task (id, crime_id, description, assignee, due_on, created_at, created_by)
                        values (:id, :crime, :description, :assignee, :due, :at, :by)""")
                .param("id", task.id()).param("crime", task.crimeId()).param("description", task.description())
                .param("assignee", task.assignee()).param("due", task.dueOn()).param("at", Timestamp.from(task.createdAt()))
                .param("by", task.createdBy()).update();
    }

    boolean completeTask(UUID task, Instant at, String by) {
        return jdbc.sql("update investigation_task set done_at = :at, done_by = :by where id = :id and done_at is null")
                .param("id", task).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    Optional<Task> findTask(UUID task) {
        return jdbc.sql(TASKS + " where t.id = :id").param("id", task).query(this::task).optional();
    }

    List<Task> tasks(CrimeId crime) {
        return jdbc.sql(TASKS + " where t.crime_id = :crime order by t.done_at nulls first, t.due_on, t.created_at")
                .param("crime", crime.value()).query(this::task).list();
    }

    /** Tasks not done, assigned to the user, due on or before the day, on investigations not finalised. */
    List<Task> openTasksDueBy(String assignee, LocalDate day, int limit) {
        return jdbc.sql(TASKS + " where t.assignee = :assignee and t.done_at is null and t.due_on <= :day and not i.finalised "
                        + "order by t.due_on, i.crn limit :limit")
                .param("assignee", assignee).param("day", day).param("limit", limit).query(this::task).list();
    }

    private static final String TASKS = "select t.*, i.crn from investigation_task t join investigation i on i.crime_id = t.crime_id";

    void insertReview(CrimeId crime, Instant at, String by, Instant wasDue, String note) {
        jdbc.sql("insert into investigation_review (crime_id, at, by_user, was_due, note) values (:crime, :at, :by, :due, :note)")
                .param("crime", crime.value()).param("at", Timestamp.from(at)).param("by", by).param("due", timestamp(wasDue))
                .param("note", note).update();
    }

    List<Review> reviews(CrimeId crime) {
        return jdbc.sql("select * from investigation_review where crime_id = :crime order by id").param("crime", crime.value())
                .query((rs, row) -> new Review(rs.getLong("id"), instant(rs, "at"), rs.getString("by_user"), instant(rs, "was_due"),
                        rs.getString("note"))).list();
    }

    void insertContact(CrimeId crime, Instant at, String by, String method, String note) {
        jdbc.sql("insert into victim_contact (crime_id, at, by_user, method, note) values (:crime, :at, :by, :method, :note)")
                .param("crime", crime.value()).param("at", Timestamp.from(at)).param("by", by).param("method", method)
                .param("note", note).update();
    }

    List<VictimContact> contacts(CrimeId crime) {
        return jdbc.sql("select * from victim_contact where crime_id = :crime order by id").param("crime", crime.value())
                .query((rs, row) -> new VictimContact(rs.getLong("id"), instant(rs, "at"), rs.getString("by_user"),
                        rs.getString("method"), rs.getString("note"))).list();
    }

    void insertOutcome(CrimeId crime, Outcome outcome) {
        jdbc.sql("""
                        insert into investigation_outcome (crime_id, version, outcome_type, outcome_date, at, by_user, note)
                        values (:crime, :version, :type, :date, :at, :by, :note)""")
                .param("crime", crime.value()).param("version", outcome.version()).param("type", outcome.outcomeType())
                .param("date", outcome.outcomeDate()).param("at", Timestamp.from(outcome.at())).param("by", outcome.by())
                .param("note", outcome.note()).update();
    }

    List<Outcome> outcomes(CrimeId crime) {
        return jdbc.sql("select * from investigation_outcome where crime_id = :crime order by version").param("crime", crime.value())
                .query(InvestigationStore::outcome).list();
    }

    /** Each crime's latest outcome, for crimes that have one. */
    Map<CrimeId, Outcome> latestOutcomes(Collection<CrimeId> crimes) {
        Map<CrimeId, Outcome> latest = new HashMap<>();
        if (crimes.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        select distinct on (crime_id) * from investigation_outcome where crime_id = any(:ids)
                         order by crime_id, version desc""")
                .param("ids", crimes.stream().map(CrimeId::value).toArray(UUID[]::new))
                .query(rs -> {
                    latest.put(new CrimeId(rs.getObject("crime_id", UUID.class)), outcome(rs, 0));
                });
        return latest;
    }

    /** The outcome each crime had on each day in the range, as of now: the latest version dated in the range. */
    Map<CrimeId, Outcome> outcomesDatedBetween(LocalDate from, LocalDate toInclusive) {
        Map<CrimeId, Outcome> found = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select * from (select distinct on (crime_id) * from investigation_outcome order by crime_id, version desc) latest
                         where outcome_date between :from and :to order by outcome_date, crime_id""")
                .param("from", from).param("to", toInclusive)
                .query(rs -> {
                    found.put(new CrimeId(rs.getObject("crime_id", UUID.class)), outcome(rs, 0));
                });
        return found;
    }

    private static Outcome outcome(ResultSet rs, int row) throws SQLException {
        return new Outcome(rs.getInt("version"), rs.getString("outcome_type"), rs.getObject("outcome_date", LocalDate.class),
                instant(rs, "at"), rs.getString("by_user"), rs.getString("note"));
    }

    private Task task(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("crime_id", UUID.class), rs.getString("crn"),
                rs.getString("description"), rs.getString("assignee"), rs.getObject("due_on", LocalDate.class),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "done_at"), rs.getString("done_by"));
    }

    private Investigation investigation(ResultSet rs, int row) throws SQLException {
        return new Investigation(new CrimeId(rs.getObject("crime_id", UUID.class)), rs.getString("crn"), rs.getString("classification"),
                rs.getString("category"), rs.getBoolean("has_victim"), instant(rs, "opened_at"), rs.getString("team"),
                rs.getString("officer"), rs.getString("supervisor"), ContactFrequency.valueOf(rs.getString("contact_frequency")),
                Duration.ofSeconds(rs.getLong("review_every_s")), instant(rs, "next_review_due"), instant(rs, "next_victim_update_due"),
                rs.getBoolean("finalised"), rs.getInt("version"), instant(rs, "updated_at"));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
