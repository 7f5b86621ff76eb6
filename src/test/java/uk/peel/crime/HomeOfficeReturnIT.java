package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.peel.crime.CrimeFixtures.recording;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.crime.returns.HomeOfficeReturns;
import uk.peel.crime.returns.MonthlyReturn;
import uk.peel.crime.returns.ReturnRow;
import uk.peel.crime.returns.SummaryRow;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonRecords;
import uk.peel.platform.InvalidInputException;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * The Home Office return from real crimes: recorded, reclassified and cancelled through the same services the pages
 * use, each change appearing as the rows the return promises, and every extract audited as a disclosure. Other tests'
 * crimes share the month, so each test looks at its own crimes' rows.
 */
@PeelIntegrationTest
class HomeOfficeReturnIT {

    private static final ZoneId FORCE = ZoneId.of("Europe/London");

    @Autowired
    Incidents incidents;
    @Autowired
    PersonRecords persons;
    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    Crimes crimes;
    @Autowired
    HomeOfficeReturns returns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @LocalServerPort
    int port;

    CrimeFixtures fixtures;
    YearMonth thisMonth;

    @BeforeEach
    void fixtures() {
        fixtures = new CrimeFixtures(incidents, persons, decisions, accounts);
        thisMonth = YearMonth.now(FORCE);
    }

    private Crime recordedAssault() {
        RecordingDecision decision = fixtures.decisionFor(fixtures.closedAsCrime("CRIME_VIOLENCE"));
        UUID victim = fixtures.person("Rita", "Returns");
        return Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("8N", List.of(victim), List.of()))).getFirst();
    }

    private void reclassify(Crime crime, String to) {
        ChangeRequest asked = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.requestReclassification(
                crime.id(), to, "ADDITIONAL_VERIFIABLE_INFORMATION", "Victim's statement describes a campaign of messages"));
        Acting.run("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(asked.id(), null));
    }

    private void cancel(Crime crime) {
        ChangeRequest asked = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.requestCancellation(
                crime.id(), "C2_ADDITIONAL_VERIFIABLE_INFORMATION", "CCTV shows the injury was accidental"));
        Acting.run("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(asked.id(), null));
    }

    private static List<ReturnRow> rowsOf(MonthlyReturn monthly, Crime crime) {
        return monthly.rows().stream().filter(r -> r.crn().equals(crime.crn())).toList();
    }

    @Test
    void aCrimeRecordedReclassifiedAndCancelledInTheMonthGivesFourRowsThatNetToNothing() {
        Crime crime = recordedAssault();
        reclassify(crime, "8L");
        cancel(crime);

        MonthlyReturn monthly = returns.produce(thisMonth);
        List<ReturnRow> rows = rowsOf(monthly, crime);

        assertThat(rows).extracting(ReturnRow::type, ReturnRow::code, ReturnRow::count, ReturnRow::reasonCode, ReturnRow::previousCode)
                .containsExactly(
                        tuple(ReturnRow.Type.RECORDED, "8N", 1, null, null),
                        tuple(ReturnRow.Type.RECLASSIFIED_FROM, "8N", -1, "ADDITIONAL_VERIFIABLE_INFORMATION", null),
                        tuple(ReturnRow.Type.RECLASSIFIED_TO, "8L", 1, "ADDITIONAL_VERIFIABLE_INFORMATION", "8N"),
                        tuple(ReturnRow.Type.CANCELLED, "8L", -1, "C2", null));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.countedMonth()).isEqualTo(thisMonth);
            assertThat(row.flags()).contains(CrimeFlag.DOMESTIC_ABUSE);
            assertThat(row.localAuthorityCode()).as("M16 0RA from the gazetteer").isEqualTo("E08000009");
            assertThat(row.communitySafetyPartnership()).isEqualTo("Trafford");
        });
        assertThat(rows.get(3).changedAt()).isNotNull();
        assertThat(rows.stream().mapToInt(ReturnRow::count).sum()).isZero();
        SummaryRow harassment = monthly.summary().stream().filter(s -> s.code().equals("8L")).findFirst().orElseThrow();
        assertThat(harassment.reclassifiedIn()).isGreaterThanOrEqualTo(1);
        assertThat(harassment.cancelled()).isGreaterThanOrEqualTo(1);
        assertThat(harassment.net()).isEqualTo(harassment.recorded() + harassment.reclassifiedIn() - harassment.reclassifiedOut()
                - harassment.cancelled());
    }

    @Test
    void aCancellationInALaterMonthAdjustsTheMonthTheCrimeWasCountedIn() {
        Crime crime = recordedAssault();
        YearMonth lastMonth = thisMonth.minusMonths(1);
        // As if recorded last month: the return counts a crime by when it was recorded.
        jdbc.sql("update crime set recorded_at = :at where id = :id")
                .param("at", Timestamp.from(lastMonth.atDay(15).atTime(10, 0).atZone(FORCE).toInstant()))
                .param("id", crime.id().value()).update();
        cancel(crime);

        assertThat(rowsOf(returns.produce(lastMonth), crime)).extracting(ReturnRow::type, ReturnRow::count)
                .containsExactly(tuple(ReturnRow.Type.RECORDED, 1));
        MonthlyReturn monthly = returns.produce(thisMonth);
        assertThat(rowsOf(monthly, crime)).extracting(ReturnRow::type, ReturnRow::count, ReturnRow::countedMonth)
                .containsExactly(tuple(ReturnRow.Type.CANCELLED, -1, lastMonth));
        SummaryRow assault = monthly.summary().stream().filter(s -> s.code().equals("8N")).findFirst().orElseThrow();
        assertThat(assault.earlierMonths()).isLessThanOrEqualTo(-1);
    }

    @Test
    void writingTheFilesIsAnAuditedDisclosureWithTheMonthAndCounts(@TempDir Path out) throws Exception {
        Crime crime = recordedAssault();

        HomeOfficeReturns.Written written = Acting.as("crime-test-registrar", Role.CRIME_REGISTRAR,
                () -> returns.writeTo(thisMonth, out));

        List<String> lines = Files.readAllLines(written.crimes(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("record_type,crime_reference,ho_offence_code,");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("RECORDED," + crime.crn() + ",8N,Assault with injury,1,"));
        assertThat(Files.readAllLines(written.summary(), StandardCharsets.UTF_8).getFirst()).startsWith("ho_offence_code,");
        assertThat(written.crimes().getFileName().toString()).isEqualTo("home-office-" + thisMonth + "-crimes.csv");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no partial files left behind").hasSize(2);
        }
        Map<String, Object> entry = jdbc.sql("""
                        select action, recipient, detail from audit_log
                         where username = 'crime-test-registrar' and :crn = any(record_ids) order by seq desc limit 1""")
                .param("crn", crime.crn()).query().singleRow();
        assertThat(entry.get("action")).isEqualTo("DISCLOSURE");
        assertThat((String) entry.get("recipient")).contains("Home Office");
        assertThat((String) entry.get("detail")).contains("home-office " + thisMonth).contains("recorded=").contains(out.toString());
    }

    @Test
    void aBadOrFutureMonthIsRefusedByName() {
        assertThatThrownBy(() -> returns.month("2026-00", "month")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().message()).contains("must be 01 to 12"));
        assertThatThrownBy(() -> returns.month(thisMonth.plusMonths(1).toString(), "month"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().message())
                        .isEqualTo(thisMonth.plusMonths(1) + " has not begun yet (this month is " + thisMonth + ")"));
        String registrar = TestUsers.withRole(accounts, Role.CRIME_REGISTRAR);
        var answer = Api.as(port, registrar, TestUsers.PASSWORD).get().uri("/api/v1/crime-returns/home-office/2026-13/crimes.csv")
                .retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("is not a month");
    }

    @Test
    void theApiGivesTheFileToTheRegistrarOnly() {
        Crime crime = recordedAssault();
        String registrar = TestUsers.withRole(accounts, Role.CRIME_REGISTRAR);
        String investigator = TestUsers.withRole(accounts, Role.INVESTIGATOR);

        var file = Api.as(port, registrar, TestUsers.PASSWORD).get()
                .uri("/api/v1/crime-returns/home-office/{m}/crimes.csv", thisMonth).retrieve().toEntity(String.class);
        var refused = Api.as(port, investigator, TestUsers.PASSWORD).get()
                .uri("/api/v1/crime-returns/home-office/{m}/crimes.csv", thisMonth).retrieve().toBodilessEntity();

        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(file.getBody()).contains("RECORDED," + crime.crn() + ",8N");
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }
}
