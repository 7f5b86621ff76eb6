package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import uk.peel.platform.database.EmbeddedPostgresServer;
import uk.peel.support.PeelProcess;

/** `peel import persons FILE`: a migration load from the command line that can safely be run again. */
class ImportCommandIT {

    @Test
    void loadsAFileReportsRejectedRowsAndLoadsNothingTwiceWhenRunAgain() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        Path file = dataDir.getParent().resolve(dataDir.getFileName() + "-legacy.csv");
        Files.writeString(file, """
                source_id,surname,forenames,dates_of_birth
                L-1,Ashcombe,Henry,1979-03-02
                L-2,,Nameless,1980
                L-3,Ashcombe,Harriet,12/11/1981
                """);

        PeelProcess.CommandResult first = PeelProcess.command(dataDir, "import", "persons", file.toString(), "--source=LEGACY-RMS");

        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.output()).contains("line 3: surname:")
                .contains("2 created, 0 updated, 0 unchanged, 1 rejected");

        PeelProcess.CommandResult again = PeelProcess.command(dataDir, "import", "persons", file.toString(), "--source=LEGACY-RMS");

        assertThat(again.output()).contains("0 created, 0 updated, 2 unchanged, 1 rejected");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             var statement = connection.createStatement()) {
            assertThat(single(statement.executeQuery("select count(*) from person"))).isEqualTo(2);
            assertThat(single(statement.executeQuery(
                    "select count(*) from audit_log where action = 'COLLECTION' and username like 'cli:%'"))).isEqualTo(1);
            assertThat(single(statement.executeQuery(
                    "select count(*) from event_publication where completion_date is null")))
                    .as("the search index took in the imported people before the command ended").isZero();
        }
    }

    @Test
    void refusesAFileWhoseFormatItCannotTellAndStoresNothing() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        Path file = dataDir.getParent().resolve(dataDir.getFileName() + "-legacy.txt");
        Files.writeString(file, "surname\nAshcombe\n");

        PeelProcess.CommandResult result = PeelProcess.command(dataDir, "import", "persons", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("end it in .csv or .ndjson, or give --format");
    }

    private static long single(ResultSet rs) throws Exception {
        rs.next();
        return rs.getLong(1);
    }
}
