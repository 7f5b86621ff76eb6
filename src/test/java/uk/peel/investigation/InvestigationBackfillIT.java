package uk.peel.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.person.PersonRecords;
import uk.peel.support.PeelIntegrationTest;

/**
 * Crimes recorded without an investigation, as before the investigation module existed (its listener is replaced
 * here by a mock that does nothing), get one from the backfill: in the queue the force's rules give, exactly once
 * however often it runs, and audited as the system's doing.
 */
@PeelIntegrationTest
class InvestigationBackfillIT {

    @MockitoBean
    InvestigationOpening noListener;

    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    PersonRecords persons;
    @Autowired
    InvestigationBackfill backfill;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Crime crime) {
        return jdbc.sql(sql).param("id", crime.id().value()).query(Long.class).single();
    }

    @Test
    void aCrimeRecordedWithoutAnInvestigationGetsOneExactlyOnce() {
        InvestigationFixtures fixtures = new InvestigationFixtures(decisions, persons);
        Crime crime = fixtures.recorded("8N", fixtures.person("Bea", "Backfill"), Set.of(), "M15 4AB");
        assertThat(count("select count(*) from investigation where crime_id = :id", crime)).as("recorded as before V22").isZero();

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);
        assertThat(backfill.backfill()).as("a second run has nothing to do").isZero();

        assertThat(jdbc.sql("select team from investigation where crime_id = :id").param("id", crime.id().value())
                .query(String.class).single()).isEqualTo("VOLUME_CRIME");
        assertThat(count("select count(*) from investigation_log where crime_id = :id and entry like 'Opened in the %'", crime))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_log where username = 'system' and action = 'ALTERATION' "
                + "and record_ids @> array[cast(:id as text)] and detail like '%backfill%'", crime)).isEqualTo(1);
    }
}
