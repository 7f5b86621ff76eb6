package uk.peel.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.incident.IncidentId;
import uk.peel.person.PersonId;
import uk.peel.platform.ConflictException;
import uk.peel.platform.ForceTime;

/**
 * Stores notices: the current version in {@code ppn} (the columns queues sort and count on, the rest as JSON), the
 * people in {@code ppn_person}, and the append-only log. An update applies only over the version it was read at.
 */
@Repository
class PpnStore {

    /** What the {@code details} document holds. */
    record Details(Risk raisedAtRisk, String summary, boolean flaggedRepeatVictim, DashAssessment assessment,
                   Ppn.Triage triage, Ppn.Closure closure) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PpnStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String nextReference(Instant at) {
        long number = jdbc.sql("select nextval('ppn_number')").query(Long.class).single();
        return String.format("PPN-%s-%05d", LocalDate.ofInstant(at, ForceTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE), number);
    }

    /** Inserts the notice unless its incident already has one of its type; answers whether it was inserted. */
    boolean insertIfNew(Ppn ppn) {
        int inserted = jdbc.sql("""
                        insert into ppn (id, reference, version, type, team, status, risk, source, incident_id, incident_reference,
                                         raised_at, raised_by, assessment_due_at, assessed_at, triage_due_at, triaged_at,
                                         closed_at, outcome, details, updated_at)
                        values (:id, :reference, :version, :type, :team, :status, :risk, :source, :incident, :incidentReference,
                                :raised, :by, :assessmentDue, :assessed, :triageDue, :triaged, :closed, :outcome, :details::jsonb, :updated)
                        on conflict (incident_id, type) where incident_id is not null do nothing""")
                .paramSource(columns(ppn)).update();
        if (inserted == 1) {
            for (int i = 0; i < ppn.people().size(); i++) {
                PpnPerson person = ppn.people().get(i);
                jdbc.sql("insert into ppn_person (ppn_id, seq, person_id, name, role) values (:ppn, :seq, :person, :name, :role)")
                        .param("ppn", ppn.id().value()).param("seq", i + 1)
                        .param("person", person.personId() == null ? null : person.personId().value())
                        .param("name", person.name()).param("role", person.role().name()).update();
            }
        }
        return inserted == 1;
    }

    /** Adds a person to a notice's list (people are added, never edited or removed: the log says who was named when). */
    void addPerson(PpnId id, PpnPerson person) {
        jdbc.sql("""
                        insert into ppn_person (ppn_id, seq, person_id, name, role)
                        values (:ppn, coalesce((select max(seq) from ppn_person where ppn_id = :ppn), 0) + 1, :person, :name, :role)""")
                .param("ppn", id.value()).param("person", person.personId() == null ? null : person.personId().value())
                .param("name", person.name()).param("role", person.role().name()).update();
    }

    void update(Ppn next) {
        int updated = jdbc.sql("""
                        update ppn set version = :version, team = :team, status = :status, risk = :risk,
                               assessed_at = :assessed, triage_due_at = :triageDue, triaged_at = :triaged, closed_at = :closed,
                               outcome = :outcome, details = :details::jsonb, updated_at = :updated
                         where id = :id and version = :version - 1""")
                .paramSource(columns(next)).update();
        if (updated != 1) {
            throw new ConflictException(next.reference() + " was changed by someone else a moment ago: look again and retry");
        }
    }

    private Map<String, Object> columns(Ppn ppn) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", ppn.id().value());
        columns.put("reference", ppn.reference());
        columns.put("version", ppn.version());
        columns.put("type", ppn.type());
        columns.put("team", ppn.team());
        columns.put("status", ppn.status().name());
        columns.put("risk", ppn.risk().name());
        columns.put("source", ppn.source().name());
        columns.put("incident", ppn.incidentId() == null ? null : ppn.incidentId().value());
        columns.put("incidentReference", ppn.incidentReference());
        columns.put("raised", timestamp(ppn.raisedAt()));
        columns.put("by", ppn.raisedBy());
        columns.put("assessmentDue", timestamp(ppn.assessmentDueAt()));
        columns.put("assessed", ppn.assessment() == null ? null : timestamp(ppn.assessment().completedAt()));
        columns.put("triageDue", timestamp(ppn.triageDueAt()));
        columns.put("triaged", ppn.triage() == null ? null : timestamp(ppn.triage().at()));
        columns.put("closed", ppn.closure() == null ? null : timestamp(ppn.closure().at()));
        columns.put("outcome", ppn.closure() == null ? null : ppn.closure().outcome().name());
        columns.put("details", json.writeValueAsString(new Details(ppn.raisedAtRisk(), ppn.summary(), ppn.flaggedRepeatVictim(),
                ppn.assessment(), ppn.triage(), ppn.closure())));
        columns.put("updated", timestamp(ppn.updatedAt()));
        return columns;
    }

    Optional<Ppn> find(PpnId id) {
        return jdbc.sql("select * from ppn where id = :id").param("id", id.value()).query(this::ppn).optional().map(this::withPeople);
    }

    Optional<Ppn> findForUpdate(PpnId id) {
        return jdbc.sql("select * from ppn where id = :id for update").param("id", id.value()).query(this::ppn).optional()
                .map(this::withPeople);
    }

    Optional<Ppn> findByReference(String reference) {
        return jdbc.sql("select * from ppn where reference = :reference").param("reference", reference.strip())
                .query(this::ppn).optional().map(this::withPeople);
    }

    /** The notices raised from an incident (without their people). */
    List<Ppn> ofIncident(IncidentId incident) {
        return jdbc.sql("select * from ppn where incident_id = :incident order by raised_at, type")
                .param("incident", incident.value()).query(this::ppn).list();
    }

    /** A team's open notices, oldest first (without their people: a queue shows no personal data). */
    List<Ppn> open(String team, int limit) {
        return jdbc.sql("select * from ppn where status <> 'CLOSED' and (:team::text is null or team = :team) order by raised_at limit :limit")
                .param("team", team).param("limit", limit).query(this::ppn).list();
    }

    /** Open notices whose assessment or triage is overdue at {@code now} and not yet escalated for it. */
    List<Ppn> overdueNotEscalated(Instant now) {
        return jdbc.sql("""
                        select * from ppn p
                         where p.status <> 'CLOSED'
                           and ((p.assessment_due_at < :now and p.assessed_at is null
                                 and not exists (select 1 from ppn_alert a where a.ppn_id = p.id and a.kind = 'ASSESSMENT_OVERDUE'))
                             or (p.triage_due_at < :now and p.triaged_at is null
                                 and not exists (select 1 from ppn_alert a where a.ppn_id = p.id and a.kind = 'TRIAGE_OVERDUE')))
                         order by p.raised_at""")
                .param("now", timestamp(now)).query(this::ppn).list();
    }

    /**
     * How many other notices of these types named this person in this role, raised in {@code [since, before)}: what
     * makes a repeat victim or a repeat perpetrator.
     */
    int earlierNotices(PersonId person, PersonRole role, Collection<String> types, PpnId excluding, Instant since, Instant before) {
        return jdbc.sql("""
                        select count(distinct p.id) from ppn p join ppn_person pp on pp.ppn_id = p.id
                         where pp.person_id = :person and pp.role = :role and p.type in (:types) and p.id <> :excluding
                           and p.raised_at >= :since and p.raised_at < :before""")
                .param("person", person.value()).param("role", role.name()).param("types", types)
                .param("excluding", excluding.value()).param("since", timestamp(since)).param("before", timestamp(before))
                .query(Integer.class).single();
    }

    /** The notice this record already raised or was linked to, for this type: what makes raising from it idempotent. */
    Optional<PpnId> linkedNotice(PpnLink.Kind kind, UUID record, String type, String occurrence) {
        return jdbc.sql("select ppn_id from ppn_link where kind = :kind and linked_id = :record and type = :type and occurrence = :occurrence")
                .param("kind", kind.name()).param("record", record).param("type", type).param("occurrence", occurrence)
                .query((rs, row) -> new PpnId(rs.getObject("ppn_id", UUID.class))).optional();
    }

    /** Writes the link unless the record already has one for the type (perhaps a moment ago); answers whether it did. */
    boolean insertLinkIfNew(PpnLink link) {
        return jdbc.sql("""
                        insert into ppn_link (ppn_id, kind, linked_id, occurrence, type, reference, linked_at, raised)
                        values (:ppn, :kind, :record, :occurrence, :type, :reference, :at, :raised)
                        on conflict (kind, linked_id, type, occurrence) do nothing""")
                .param("ppn", link.ppnId().value()).param("kind", link.kind().name()).param("record", link.linkedId())
                .param("occurrence", link.occurrence()).param("type", link.type()).param("reference", link.reference())
                .param("at", timestamp(link.linkedAt())).param("raised", link.raised()).update() == 1;
    }

    List<PpnLink> links(PpnId id) {
        return jdbc.sql("select * from ppn_link where ppn_id = :id order by linked_at, reference").param("id", id.value())
                .query((rs, row) -> new PpnLink(id, PpnLink.Kind.valueOf(rs.getString("kind")), rs.getObject("linked_id", UUID.class),
                        rs.getString("occurrence"), rs.getString("type"), rs.getString("reference"), instant(rs, "linked_at"),
                        rs.getBoolean("raised")))
                .list();
    }

    /** The notices a record raised or was linked to (without their people). */
    List<Ppn> linkedTo(PpnLink.Kind kind, UUID record) {
        return jdbc.sql("""
                        select p.* from ppn p where p.id in (select l.ppn_id from ppn_link l where l.kind = :kind and l.linked_id = :record)
                         order by p.raised_at, p.type""")
                .param("kind", kind.name()).param("record", record).query(this::ppn).list();
    }

    int appendLog(PpnId id, Instant at, String by, String text) {
        return jdbc.sql("""
                        insert into ppn_log (ppn_id, seq, at, by_user, text)
                        values (:id, coalesce((select max(seq) from ppn_log where ppn_id = :id), 0) + 1, :at, :by, :text)
                        returning seq""")
                .param("id", id.value()).param("at", timestamp(at)).param("by", by).param("text", text)
                .query(Integer.class).single();
    }

    List<PpnLogEntry> log(PpnId id) {
        return jdbc.sql("select * from ppn_log where ppn_id = :id order by seq").param("id", id.value())
                .query((rs, row) -> new PpnLogEntry(rs.getInt("seq"), instant(rs, "at"), rs.getString("by_user"), rs.getString("text")))
                .list();
    }

    private Ppn withPeople(Ppn ppn) {
        List<PpnPerson> people = jdbc.sql("select * from ppn_person where ppn_id = :id order by seq").param("id", ppn.id().value())
                .query((rs, row) -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    return new PpnPerson(person == null ? null : new PersonId(person), rs.getString("name"),
                            PersonRole.valueOf(rs.getString("role")));
                }).list();
        return new Ppn(ppn.id(), ppn.reference(), ppn.version(), ppn.type(), ppn.team(), ppn.status(), ppn.risk(),
                ppn.raisedAtRisk(), ppn.source(), ppn.incidentId(), ppn.incidentReference(), ppn.raisedAt(), ppn.raisedBy(),
                ppn.summary(), ppn.flaggedRepeatVictim(), people, ppn.assessmentDueAt(), ppn.assessment(), ppn.triageDueAt(),
                ppn.triage(), ppn.closure(), ppn.updatedAt());
    }

    private Ppn ppn(ResultSet rs, int row) throws SQLException {
        Details details = json.readValue(rs.getString("details"), Details.class);
        UUID incident = rs.getObject("incident_id", UUID.class);
        return new Ppn(new PpnId(rs.getObject("id", UUID.class)), rs.getString("reference"), rs.getInt("version"),
                rs.getString("type"), rs.getString("team"), PpnStatus.valueOf(rs.getString("status")),
                Risk.valueOf(rs.getString("risk")), details.raisedAtRisk(), PpnSource.valueOf(rs.getString("source")),
                incident == null ? null : new IncidentId(incident), rs.getString("incident_reference"),
                instant(rs, "raised_at"), rs.getString("raised_by"), details.summary(), details.flaggedRepeatVictim(), List.of(),
                instant(rs, "assessment_due_at"), details.assessment(), instant(rs, "triage_due_at"), details.triage(),
                details.closure(), instant(rs, "updated_at"));
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
