package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import uk.peel.platform.database.EmbeddedPostgresServer;
import uk.peel.support.PeelProcess;

/** `peel import gazetteer FILE`: a national postcode load from the command line that can safely be run again. */
class GazetteerImportCommandIT {

    @Test
    void shouldLoadAFileNameRejectedRowsAndChangeNothingWhenRunAgain() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        Path file = dataDir.getParent().resolve(dataDir.getFileName() + "-onspd.csv");
        Files.writeString(file, """
                pcd,pcds,doterm,osward,oslaua,lsoa21cd,msoa21cd,lat,long
                M154AD ,M15 4AD,,E05015253,E08000009,E01006112,E02001259,53.464903,-2.260757
                M15    ,M15,,E05015253,E08000009,E01006112,E02001259,53.464903,-2.260757
                M154AE ,M15 4AE,201101,E05015253,E08000009,E01006112,E02001259,53.465,-2.261
                """);

        PeelProcess.CommandResult first = PeelProcess.command(dataDir, "import", "gazetteer", file.toString());

        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.output()).contains("line 3: postcode: 'M15' is not a UK postcode: it is too short")
                .contains("2 created, 0 updated, 0 unchanged, 1 rejected");

        PeelProcess.CommandResult again = PeelProcess.command(dataDir, "import", "gazetteer", file.toString());

        assertThat(again.output()).contains("0 created, 0 updated, 2 unchanged, 1 rejected");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             var statement = connection.createStatement()) {
            assertThat(single(statement.executeQuery("select count(*) from gazetteer_postcode")))
                    .as("the import loads what it is given, not the shipped Trafford file as well").isEqualTo(2);
            assertThat(single(statement.executeQuery("select count(*) from person"))).isZero();
        }
    }

    @Test
    void shouldRefuseAFileItCannotReadAndSaySo() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();

        PeelProcess.CommandResult result = PeelProcess.command(dataDir, "import", "gazetteer", dataDir.resolve("missing.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("peel import gazetteer: cannot read");
    }

    private static long single(ResultSet rs) throws Exception {
        rs.next();
        return rs.getLong(1);
    }
}
