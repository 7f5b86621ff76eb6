package uk.peel.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.crime.ChangeRequest;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.Crimes;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.Location;
import uk.peel.investigation.InvestigationFixtures;
import uk.peel.investigation.Investigations;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.security.Role;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;

/**
 * The data.police.uk files: exact headers (a contract other teams' acceptance tests rely on), a crime recorded
 * with an outcome in the month published with its crime type and last outcome category, at an anonymous point in
 * its LSOA, under a hashed ID; cancelled crimes left out; the export audited as a disclosure.
 */
@PeelIntegrationTest
class PoliceUkExportIT {

    static final String STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Crime type,Last outcome category,Context";
    static final String OUTCOMES_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Outcome type";

    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    PersonRecords persons;
    @Autowired
    Crimes crimes;
    @Autowired
    Investigations investigations;
    @Autowired
    PoliceUkExport export;
    @Autowired
    CrimeIdentifiers identifiers;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    @Test
    void aCrimeWithAnOutcomeInTheMonthIsPublishedWithItsTypeAndOutcomeCategoryUnderExactHeaders() throws IOException {
        InvestigationFixtures fixtures = new InvestigationFixtures(decisions, persons);
        Crime assault = fixtures.recorded("8N", fixtures.person("Pauline", "Published"), Set.of(), "M15 4AB");
        Crime burglary = fixtures.recorded("28E", fixtures.person("Barry", "Burgled"), Set.of(), "M15 4AB");
        Crime cancelled = fixtures.recorded("58A", fixtures.person("Connie", "Cancelled"), Set.of(), "M15 4AB");
        LocalDate today = LocalDate.now(ForceTime.ZONE);
        YearMonth month = YearMonth.from(today);
        Acting.run("export-test-inspector", Role.DUTY_INSPECTOR, () -> {
            investigations.setOutcome(assault.id(), "1", today, "Charged by the CPS");
        });
        ChangeRequest cancellation = Acting.as("export-test-officer", Role.INVESTIGATOR,
                () -> crimes.requestCancellation(cancelled.id(), "C4_RECORDED_IN_ERROR", "Test record made in error"));
        Acting.run("export-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(cancellation.id(), null));

        PoliceUkExport.Written written = Acting.as("export-test-registrar", Role.CRIME_REGISTRAR, () -> export.write(month, out));

        assertThat(written.street().getFileName().toString()).isEqualTo(month + "-greater-manchester-street.csv");
        assertThat(written.outcomes().getFileName().toString()).isEqualTo(month + "-greater-manchester-outcomes.csv");
        List<String> street = Files.readAllLines(written.street());
        List<String> outcomes = Files.readAllLines(written.outcomes());
        assertThat(street.getFirst()).isEqualTo(STREET_HEADER);
        assertThat(outcomes.getFirst()).isEqualTo(OUTCOMES_HEADER);

        String assaultId = identifiers.hasher().apply(assault.id());
        assertThat(assaultId).matches("[0-9a-f]{64}").doesNotContain(assault.crn());
        String[] row = street.stream().filter(l -> l.startsWith(assaultId + ",")).findFirst().orElseThrow().split(",", -1);
        assertThat(row).hasSize(12);
        assertThat(row[1]).isEqualTo(month.toString());
        assertThat(row[2]).isEqualTo("Greater Manchester Police");
        assertThat(row[3]).isEqualTo("Greater Manchester Police");
        assertThat(row[9]).isEqualTo("Violence and sexual offences");
        assertThat(row[10]).isEqualTo("Awaiting court outcome");
        assertThat(row[11]).isEmpty();

        Location actual = gazetteer.lookup("M15 4AB").orElseThrow();
        assertThat(row[6]).startsWith("On or near ");
        assertThat(row[7]).as("the LSOA of the anonymous point").matches("E0\\d{7}");
        assertThat(row[8]).startsWith("Trafford");
        double longitude = Double.parseDouble(row[4]);
        double latitude = Double.parseDouble(row[5]);
        assertThat(latitude == actual.coordinates().latitude() && longitude == actual.coordinates().longitude())
                .as("published at an anonymous point, not the postcode's own position").isFalse();
        assertThat(uk.peel.gazetteer.Coordinates.of(latitude, longitude).distanceTo(actual.coordinates()).metres())
                .as("but near it").isLessThan(1_500);

        String burglaryId = identifiers.hasher().apply(burglary.id());
        assertThat(street).anySatisfy(l -> assertThat(l).startsWith(burglaryId + ",").contains(",Burglary,Under investigation,"));
        String cancelledId = identifiers.hasher().apply(cancelled.id());
        assertThat(String.join("\n", street)).as("cancelled crimes are not published").doesNotContain(cancelledId);
        assertThat(String.join("\n", street)).doesNotContain(assault.crn()).doesNotContain("1 Test Street").doesNotContain("M15 4AB");

        assertThat(outcomes).anySatisfy(l -> assertThat(l).startsWith(assaultId + "," + month + ",").endsWith(",Suspect charged"));
        assertThat(outcomes).noneSatisfy(l -> assertThat(l).startsWith(burglaryId));

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DISCLOSURE' and username = 'export-test-registrar' "
                        + "and detail like ? and ?::text = any(record_ids) and recipient is not null")
                .param("police.uk export of " + month + ": " + written.streetRows() + " street-level rows, " + written.outcomeRows() + " outcome rows%")
                .param(assault.id().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(out.toFile().list()).as("no partial files left").hasSize(2);
    }

    @Test
    void anEmptyMonthStillHasTheExactHeaders() throws IOException {
        PoliceUkExport.Written written = Acting.as("export-test-registrar", Role.CRIME_REGISTRAR,
                () -> export.write(YearMonth.of(2001, 1), out.resolve("made/if/missing")));
        assertThat(Files.readAllLines(written.street())).containsExactly(STREET_HEADER);
        assertThat(Files.readAllLines(written.outcomes())).containsExactly(OUTCOMES_HEADER);
    }

    @Test
    void aBadMonthOrAnUnwritableDirectoryIsRefusedClearly() throws IOException {
        assertThatThrownBy(() -> export.month("2026-13")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'2026-13' is not a month").hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> export.month("last month")).isInstanceOf(InvalidInputException.class).hasMessageContaining("month");
        assertThatThrownBy(() -> export.month(YearMonth.now(ForceTime.ZONE).plusMonths(2).toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has not begun");

        Path file = Files.writeString(out.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> Acting.as("export-test-registrar", Role.CRIME_REGISTRAR, () -> export.write(YearMonth.of(2001, 1), file)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Cannot write the export to " + file);
    }

    @Test
    void theCommandRefusesMissingArgumentsBeforeStartingPeel() {
        assertThat(ExportCommand.run(Object.class, new String[] {"export", "police-uk", "--out", "/tmp/x"})).isEqualTo(2);
        assertThat(ExportCommand.run(Object.class, new String[] {"export", "police-uk", "--month", "Oct-2026", "--out", "/tmp/x"})).isEqualTo(2);
        assertThat(ExportCommand.run(Object.class, new String[] {"export", "police-uk", "--month", "2026-10"})).isEqualTo(2);
    }
}
